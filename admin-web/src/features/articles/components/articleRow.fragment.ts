import { graphql } from "#gql";

// Rendered by the articles table.
export const ArticleRowFragment = graphql(`
  fragment ArticleRow on Article {
    id
    status
    reviewStage
    revisionCount
    scheduledPublishAt
    scheduledUnpublishAt
    deletedAt
    updatedAt
    channel {
      id
      name
    }
    currentRevision {
      id
      number
      title
      author
    }
    createdBy {
      id
      displayName
    }
  }
`);
