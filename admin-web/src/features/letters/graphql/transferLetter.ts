import { graphql } from "#gql";

export const TransferLetterDocument = graphql(`
  mutation TransferLetter($id: ID!, $unitId: ID!, $reason: String!) {
    transferLetter(id: $id, unitId: $unitId, reason: $reason) {
      ...LetterDetail
    }
  }
`);
