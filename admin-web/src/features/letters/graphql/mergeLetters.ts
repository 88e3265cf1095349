import { graphql } from "#gql";

export const MergeLettersDocument = graphql(`
  mutation MergeLetters($primaryId: ID!, $duplicateIds: [ID!]!, $comment: String) {
    mergeLetters(primaryId: $primaryId, duplicateIds: $duplicateIds, comment: $comment) {
      ...LetterDetail
    }
  }
`);
