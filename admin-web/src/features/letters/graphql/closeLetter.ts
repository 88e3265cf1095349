import { graphql } from "#gql";

export const CloseLetterDocument = graphql(`
  mutation CloseLetter($id: ID!, $comment: String) {
    closeLetter(id: $id, comment: $comment) {
      ...LetterDetail
    }
  }
`);
