import { graphql } from "#gql";

export const SecurityPolicyDocument = graphql(`
  query SecurityPolicy {
    securityPolicy {
      ...SecurityPolicyFields
    }
  }
`);
