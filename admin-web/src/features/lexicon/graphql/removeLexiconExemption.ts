import { graphql } from "#gql";

export const RemoveLexiconExemptionDocument = graphql(`
  mutation RemoveLexiconExemption($unitId: ID!, $entryId: ID!) {
    removeLexiconExemption(unitId: $unitId, entryId: $entryId)
  }
`);
