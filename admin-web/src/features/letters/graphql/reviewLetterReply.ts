import { graphql } from "#gql";

export const ReviewLetterReplyDocument = graphql(`
  mutation ReviewLetterReply($id: ID!, $approve: Boolean!, $comment: String) {
    reviewLetterReply(id: $id, approve: $approve, comment: $comment) {
      ...LetterDetail
    }
  }
`);
