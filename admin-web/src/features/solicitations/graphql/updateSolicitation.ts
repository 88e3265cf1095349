import { graphql } from "#gql";

export const UpdateSolicitationDocument = graphql(`
  mutation UpdateSolicitation($id: ID!, $input: SolicitationInput!) {
    updateSolicitation(id: $id, input: $input) {
      ...SolicitationDetail
    }
  }
`);
