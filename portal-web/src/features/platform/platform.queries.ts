// The platform index and its sitemap index: every online site with its unit and domains (the gateway shows
// anonymous callers online sites only).
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
        domains
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

/** The city-wide settings every page follows (grey mode), for pages of hosts that are no site's domain. */
export const platformSettingsQuery = graphql(`
  query PortalPlatformSettings {
    platformSettings {
      greyMode
    }
  }
`);
