import { graphql } from "#gql";

export const OpenSolicitationDocument = graphql(`
  mutation OpenSolicitation($id: ID!) {
    openSolicitation(id: $id) {
      ...SolicitationDetail
    }
  }
`);
