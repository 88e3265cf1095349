import { graphql } from "#gql";

export const DraftLetterReplyDocument = graphql(`
  mutation DraftLetterReply($id: ID!, $content: String!) {
    draftLetterReply(id: $id, content: $content) {
      ...LetterDetail
    }
  }
`);
