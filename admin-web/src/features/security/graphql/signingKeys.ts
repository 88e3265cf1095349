import { graphql } from "#gql";

export const SigningKeysDocument = graphql(`
  query SigningKeys {
    signingKeys {
      kid
      createdAt
      current
    }
  }
`);

export const RotateSigningKeyDocument = graphql(`
  mutation RotateSigningKey {
    rotateSigningKey {
      kid
      createdAt
      current
    }
  }
`);
