import { graphql } from "#gql";

// One saved version's editable content: loaded into the editor and shown in the merge dialog.
export const RevisionContentFragment = graphql(`
  fragment RevisionContent on Revision {
    id
    number
    title
    subtitle
    source
    author
    editorOfRecord
    summary
    body
    coverImageId
    attachments {
      mediaId
      name
    }
    keywords
    tags
    channel {
      id
      name
    }
    note
    createdAt
    createdBy {
      id
      displayName
    }
  }
`);
