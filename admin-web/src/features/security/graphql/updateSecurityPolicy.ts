import { graphql } from "#gql";

export const UpdateSecurityPolicyDocument = graphql(`
  mutation UpdateSecurityPolicy($input: UpdateSecurityPolicyInput!) {
    updateSecurityPolicy(input: $input) {
      ...SecurityPolicyFields
    }
  }
`);
