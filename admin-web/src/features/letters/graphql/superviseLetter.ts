import { graphql } from "#gql";

export const SuperviseLetterDocument = graphql(`
  mutation SuperviseLetter($id: ID!, $comment: String!) {
    superviseLetter(id: $id, comment: $comment) {
      id
      supervision {
        overdue
        dueSoon
        supervisedCount
        lastRemindedAt
      }
      timeline {
        id
        action
        actorName
        unitId
        comment
        at
      }
    }
  }
`);
