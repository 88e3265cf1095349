// The platform index: every online site with its unit (the gateway shows anonymous callers online sites only).
import { graphql } from "../../gql";

export const platformSitesQuery = graphql(`
  query PortalPlatformSites($offset: Int!, $limit: Int!) {
    sites(filter: { status: ONLINE }, offset: $offset, limit: $limit) {
      total
      items {
        id
        code
        name
        status
        isDemo
        parent {
          id
        }
        unit {
          id
          name
          kind
          sortOrder
        }
      }
    }
  }
`);
