import { graphql } from "#gql";

// One push as both lists show it: the article page's outgoing list and the 报送采用 page.
export const PushRowFragment = graphql(`
  fragment PushRow on ArticlePush {
    id
    status
    originArticleId
    originSiteName
    targetSiteName
    targetChannel {
      id
      name
    }
    note
    pushedByName
    pushedAt
    decidedByName
    decidedAt
    declineReason
    copyArticleId
    isUpdate
    snapshot {
      revisionNumber
      title
      source
      author
      summary
      body
    }
  }
`);
