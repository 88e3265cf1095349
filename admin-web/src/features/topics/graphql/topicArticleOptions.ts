import { graphql } from "#gql";

/** Published articles of the site, offered for pinning in a topic. */
export const TopicArticleOptionsDocument = graphql(`
  query TopicArticleOptions($siteId: ID!) {
    publishedArticles(siteId: $siteId, offset: 0, limit: 100) {
      items {
        id
        title
      }
    }
  }
`);
