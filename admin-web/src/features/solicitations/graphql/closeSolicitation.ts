import { graphql } from "#gql";

export const CloseSolicitationDocument = graphql(`
  mutation CloseSolicitation($id: ID!, $reason: String!) {
    closeSolicitation(id: $id, reason: $reason) {
      ...SolicitationDetail
    }
  }
`);
