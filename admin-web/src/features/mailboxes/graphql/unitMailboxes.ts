import { graphql } from "#gql";

// Every mailbox of the unit, non-public and site-bound ones included (for its mailbox managers).
export const UnitMailboxesDocument = graphql(`
  query UnitMailboxes($unitId: ID!) {
    unitMailboxes(unitId: $unitId) {
      ...MailboxFields
    }
  }
`);
