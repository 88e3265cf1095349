import { graphql } from "#gql";

// 督办: overdue or soon-due letters with how often they were urged and last reminded.
export const SupervisedLettersDocument = graphql(`
  query SupervisedLetters($filter: LetterFilter!, $first: Int, $offset: Int) {
    letters(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...LetterRow
        supervision {
          overdue
          dueSoon
          supervisedCount
          lastRemindedAt
        }
      }
    }
  }
`);
