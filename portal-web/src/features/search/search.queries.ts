import { graphql } from "../../gql";

export const searchQuery = graphql(`
  query PortalSearch($query: String!, $siteId: ID, $offset: Int!, $limit: Int!) {
    searchPublished(query: $query, siteId: $siteId, offset: $offset, limit: $limit) {
      total
      items {
        article {
          id
          publishedAt
          site {
            id
            code
            name
          }
          channel {
            id
            name
            path
          }
        }
        titleHighlight {
          text
          highlights {
            start
            end
          }
        }
        snippet {
          text
          highlights {
            start
            end
          }
        }
      }
    }
  }
`);
