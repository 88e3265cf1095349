import { graphql } from "#gql";

export const AcceptLetterDocument = graphql(`
  mutation AcceptLetter($id: ID!, $comment: String) {
    acceptLetter(id: $id, comment: $comment) {
      ...LetterDetail
    }
  }
`);
