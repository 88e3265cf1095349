import { graphql } from "#gql";

export const DeleteDistributionTargetDocument = graphql(`
  mutation DeleteDistributionTarget($id: ID!) {
    deleteDistributionTarget(id: $id) {
      id
    }
  }
`);
