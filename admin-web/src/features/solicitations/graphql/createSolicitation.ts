import { graphql } from "#gql";

export const CreateSolicitationDocument = graphql(`
  mutation CreateSolicitation($input: SolicitationInput!) {
    createSolicitation(input: $input) {
      ...SolicitationDetail
    }
  }
`);
