import { graphql } from "#gql";

export const ArticlePushesDocument = graphql(`
  query ArticlePushes($id: ID!) {
    article(id: $id) {
      id
      origin {
        articleId
        siteName
        url
      }
      pushes {
        ...PushRow
      }
      takedownReport {
        kind
        siteName
        channel {
          id
          name
        }
        copyArticleId
        at
      }
    }
  }
`);
