import { graphql } from "#gql";

// The article page: the editor, the workflow actions, the flags, the timeline and the revisions.
export const ArticleDetailFragment = graphql(`
  fragment ArticleDetail on Article {
    id
    status
    reviewStage
    canReview
    pinned
    pinnedUntil
    headline
    carousel
    publishedAt
    scheduledPublishAt
    scheduledUnpublishAt
    withdrawReason
    deletedAt
    updatedAt
    site {
      id
    }
    origin {
      articleId
      siteName
    }
    createdBy {
      id
      displayName
    }
    currentRevision {
      ...RevisionContent
    }
    publishedRevision {
      id
      number
    }
    revisions {
      id
      number
      note
      createdAt
      createdBy {
        id
        displayName
      }
    }
    timeline {
      ...Transition
    }
  }
`);
