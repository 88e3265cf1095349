import { graphql } from "#gql";

export const SitesDocument = graphql(`
  query Sites($filter: SiteFilter, $offset: Int, $limit: Int) {
    sites(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...SiteRow
      }
    }
  }
`);
