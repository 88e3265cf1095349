import { graphql } from "#gql";

// The content is fetched only for the keyword filter, which searches it in the browser.
export const LettersDocument = graphql(`
  query Letters($filter: LetterFilter, $first: Int, $offset: Int, $withContent: Boolean!) {
    letters(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...LetterRow
        content @include(if: $withContent)
      }
    }
  }
`);
