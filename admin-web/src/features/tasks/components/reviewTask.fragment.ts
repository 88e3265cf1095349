import { graphql } from "#gql";

// One row of 我的待办: the article, where it waits, who sent it and since when.
export const ReviewTaskFragment = graphql(`
  fragment ReviewTask on Article {
    id
    status
    reviewStage
    updatedAt
    site {
      id
      name
    }
    channel {
      id
      name
    }
    currentRevision {
      id
      number
      title
    }
    createdBy {
      id
      displayName
    }
    timeline {
      id
      action
      at
      actor {
        id
        displayName
      }
    }
  }
`);
