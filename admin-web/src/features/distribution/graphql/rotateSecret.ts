import { graphql } from "#gql";

export const RotateDistributionSecretDocument = graphql(`
  mutation RotateDistributionSecret($id: ID!) {
    rotateDistributionSecret(id: $id) {
      id
      secret
    }
  }
`);
