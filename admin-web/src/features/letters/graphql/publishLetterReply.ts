import { graphql } from "#gql";

export const PublishLetterReplyDocument = graphql(`
  mutation PublishLetterReply($id: ID!) {
    publishLetterReply(id: $id) {
      ...LetterDetail
    }
  }
`);
