import { graphql } from "#gql";

export const LexiconExemptionsDocument = graphql(`
  query LexiconExemptions($unitId: ID!) {
    lexiconExemptions(unitId: $unitId) {
      unitId
      reason
      createdAt
      entry {
        id
        term
        kind
        level
      }
    }
  }
`);
