import { graphql } from "#gql";

// The letter's attachments as the attachment list shows them.
export const LetterAttachmentListFragment = graphql(`
  fragment LetterAttachmentList on Letter {
    attachments {
      id
      filename
      mediaType
      size
    }
  }
`);
