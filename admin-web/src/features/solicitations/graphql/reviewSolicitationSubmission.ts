import { graphql } from "#gql";

export const ReviewSolicitationSubmissionDocument = graphql(`
  mutation ReviewSolicitationSubmission($id: ID!, $adoption: SolicitationAdoption!, $reason: String!) {
    reviewSolicitationSubmission(id: $id, adoption: $adoption, reason: $reason) {
      id
      held
      adoption
      adoptionReason
    }
  }
`);
