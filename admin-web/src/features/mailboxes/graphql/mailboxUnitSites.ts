import { graphql } from "#gql";

// The unit's sites, for 展示站点: a mailbox is shown on all of them or on one.
export const MailboxUnitSitesDocument = graphql(`
  query MailboxUnitSites($unitId: ID!, $limit: Int) {
    sites(filter: { unitId: $unitId }, limit: $limit) {
      items {
        id
        name
        code
      }
    }
  }
`);
