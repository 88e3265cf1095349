import { graphql } from "#gql";

/** Asked only when the manager clicks "显示密钥": the list never carries secrets. */
export const TargetSecretDocument = graphql(`
  query TargetSecret($id: ID!) {
    distributionTarget(id: $id) {
      id
      secret
    }
  }
`);
