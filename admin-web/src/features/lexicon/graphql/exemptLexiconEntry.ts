import { graphql } from "#gql";

export const ExemptLexiconEntryDocument = graphql(`
  mutation ExemptLexiconEntry($input: LexiconExemptionInput!) {
    exemptLexiconEntry(input: $input) {
      unitId
      reason
      entry {
        id
      }
    }
  }
`);
