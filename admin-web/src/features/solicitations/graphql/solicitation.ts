import { graphql } from "#gql";

export const SolicitationDocument = graphql(`
  query Solicitation($id: ID!) {
    solicitation(id: $id) {
      ...SolicitationDetail
    }
  }
`);
