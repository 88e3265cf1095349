import { graphql } from "#gql";

// Every filter (状态、信箱、逾期、关键词、类别、来信日期) and the paging run on the server.
export const LettersDocument = graphql(`
  query Letters($filter: LetterFilter, $first: Int, $offset: Int) {
    letters(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...LetterRow
      }
    }
  }
`);
