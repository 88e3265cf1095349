import { graphql } from "#gql";

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      status
      accessToken
      refreshToken
      expiresIn
      totpSetup {
        secret
        otpauthUrl
      }
    }
  }
`);
