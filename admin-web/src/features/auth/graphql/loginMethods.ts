import { graphql } from "#gql";

export const LoginMethodsDocument = graphql(`
  query LoginMethods {
    loginMethods {
      local
      oidc
      oidcName
    }
  }
`);
