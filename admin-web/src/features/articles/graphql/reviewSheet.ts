import { graphql } from "#gql";

export const ReviewSheetDocument = graphql(`
  query ReviewSheet($articleId: ID!) {
    reviewSheet(articleId: $articleId) {
      article {
        id
        status
        publishedAt
        site {
          id
          name
        }
        channel {
          id
          name
        }
        createdBy {
          id
          displayName
        }
      }
      revision {
        id
        number
        title
        subtitle
        author
        editorOfRecord
        source
      }
      entries {
        ...Transition
      }
      checkResult {
        lexiconVersion
        blockCount
        warnCount
        unresolvedBlockCount
        overrides {
          id
          text
          reason
          actorName
          at
        }
        ignores {
          id
          text
          reason
          actorName
          at
        }
      }
    }
  }
`);
