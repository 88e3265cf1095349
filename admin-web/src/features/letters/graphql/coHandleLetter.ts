import { graphql } from "#gql";

export const CoHandleLetterDocument = graphql(`
  mutation CoHandleLetter($id: ID!, $unitIds: [ID!]!, $comment: String) {
    coHandleLetter(id: $id, unitIds: $unitIds, comment: $comment) {
      ...LetterDetail
    }
  }
`);
