// The public mailboxes of a site (the site's own and its unit's unit-wide ones), for the 互动交流 channel.
import { graphql } from "../../gql";

export const siteMailboxesQuery = graphql(`
  query PortalSiteMailboxes($siteId: ID!) {
    site(id: $siteId) {
      id
      mailboxes {
        id
        name
        description
      }
    }
  }
`);

/** Channel path of 互动交流: its page lists the site's mailboxes, each linked to its letter form. */
export { MAILBOX_CHANNEL_PATH } from "../../templates/components/letter-links";

/** Pages listing a unit's mailboxes (unit-wide and site-bound ones both belong to the unit). */
export const unitMailboxesTag = (unitId: string) => `unit-mailboxes:${unitId}`;
