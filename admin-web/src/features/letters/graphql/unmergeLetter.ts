import { graphql } from "#gql";

export const UnmergeLetterDocument = graphql(`
  mutation UnmergeLetter($id: ID!, $comment: String) {
    unmergeLetter(id: $id, comment: $comment) {
      ...LetterDetail
    }
  }
`);
