import { graphql } from "#gql";

// One row of 信件办理: what the list shows, including the deadline the row is coloured by and how often
// the letter was urged (督办).
export const LetterRowFragment = graphql(`
  fragment LetterRow on Letter {
    id
    title
    status
    held
    ownerUnitId
    contactPhone
    writerName
    anonymous
    createdAt
    mailbox {
      id
      name
    }
    deadline {
      citizenDueAt
      remainingWorkdays
      repliedLateWorkdays
      uncovered
      paused
    }
    supervision {
      supervisedCount
    }
  }
`);
