import { graphql } from "#gql";

// The letter page: content, deadline card, timeline, and what the action buttons decide on.
export const LetterDetailFragment = graphql(`
  fragment LetterDetail on Letter {
    id
    title
    content
    category
    ...LetterAttachmentList
    publishable
    status
    held
    checkResult {
      lexiconVersion
      blockCount
      findings {
        key
        field
        start
        end
        text
        category
        severity
        suggestion
        explanation
      }
    }
    ownerUnitId
    anonymous
    contactPhone
    contactPhoneFull
    writerName
    phoneVerified
    notAcceptedReason
    infoRequest
    draftReply
    reply
    repliedAt
    rating
    ratingComment
    reworkCount
    acceptedAt
    closedAt
    createdAt
    mailbox {
      id
      name
      unitId
      maxReworks
      deadlineWorkdays
      isOneWindow
    }
    units {
      unitId
      role
      startedAt
      endedAt
      dueAt
    }
    deadline {
      citizenDueAt
      unitDueAt
      remainingWorkdays
      repliedLateWorkdays
      uncovered
      paused
    }
    mergedInto {
      id
      title
      mailbox {
        id
        unitId
      }
    }
    mergedLetters {
      id
      title
      status
      createdAt
    }
    timeline {
      id
      action
      actorKind
      actorName
      unitId
      comment
      rating
      at
    }
  }
`);
