import { graphql } from "#gql";

// The unit's staff, for 接收人 (and to show the names of the recipients in the table).
export const MailboxRecipientUsersDocument = graphql(`
  query MailboxRecipientUsers($unitId: ID!, $limit: Int) {
    users(filter: { unitId: $unitId }, limit: $limit) {
      items {
        id
        username
        displayName
        status
      }
    }
  }
`);
