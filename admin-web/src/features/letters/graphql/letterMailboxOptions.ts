import { graphql } from "#gql";

// The mailboxes a staff member can filter by: those shown on the sites in their scope, and the one window.
export const LetterMailboxOptionsDocument = graphql(`
  query LetterMailboxOptions {
    oneWindowMailbox {
      id
      name
    }
    sites(limit: 100) {
      items {
        id
        mailboxes {
          id
          name
        }
      }
    }
  }
`);
