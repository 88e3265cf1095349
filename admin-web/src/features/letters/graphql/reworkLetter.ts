import { graphql } from "#gql";

export const ReworkLetterDocument = graphql(`
  mutation ReworkLetter($id: ID!, $reason: String!) {
    reworkLetter(id: $id, reason: $reason) {
      ...LetterDetail
    }
  }
`);
