// A topic page: the enabled topic found by its slug, with a page of its published articles. Articles may
// come from another site of the unit, so each item carries its site's code for the link.
import { graphql } from "../../gql";

export const topicPageQuery = graphql(`
  query PortalTopicPage($siteId: ID!, $slug: String!, $offset: Int!, $limit: Int!) {
    topicBySlug(siteId: $siteId, slug: $slug) {
      id
      name
      slug
      description
      bannerImageUrl
      pinnedArticleIds
      sourceChannels {
        id
        site {
          id
        }
      }
      publishedArticles(offset: $offset, limit: $limit) {
        total
        items {
          ...PublishedArticleItem
          site {
            id
            code
          }
        }
      }
    }
  }
`);
