import { graphql } from "#gql";

// Everything the mailboxes table shows and the edit form prefills.
export const MailboxFieldsFragment = graphql(`
  fragment MailboxFields on Mailbox {
    id
    unitId
    site {
      id
      name
    }
    name
    description
    kind
    isPublic
    sortOrder
    letterKind
    deadlineWorkdays
    maxReworks
    recipientUserIds
    recipientRole
    isOneWindow
    allowAnonymous
  }
`);
