import { graphql } from "#gql";

// Asked separately from the letter: only dispatchers get a suggestion, and the letter page must not depend on it.
export const LetterRoutingSuggestionDocument = graphql(`
  query LetterRoutingSuggestion($id: ID!) {
    letter(id: $id) {
      id
      routingSuggestion {
        modelVersion
        categories {
          category
          confidence
        }
        category
        unit {
          id
          name
        }
        unitConfidence
        unitSource
      }
    }
  }
`);
