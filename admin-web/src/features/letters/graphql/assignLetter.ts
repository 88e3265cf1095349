import { graphql } from "#gql";

export const AssignLetterDocument = graphql(`
  mutation AssignLetter($id: ID!, $unitId: ID!, $comment: String) {
    assignLetter(id: $id, unitId: $unitId, comment: $comment) {
      ...LetterDetail
    }
  }
`);
