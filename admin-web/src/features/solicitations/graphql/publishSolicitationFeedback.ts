import { graphql } from "#gql";

export const PublishSolicitationFeedbackDocument = graphql(`
  mutation PublishSolicitationFeedback($id: ID!, $input: SolicitationFeedbackInput!) {
    publishSolicitationFeedback(id: $id, input: $input) {
      ...SolicitationDetail
    }
  }
`);
