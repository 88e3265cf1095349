import { graphql } from "#gql";

export const RecheckRunsDocument = graphql(`
  query RecheckRuns($limit: Int) {
    recheckRuns(limit: $limit) {
      ...RecheckRunFields
    }
  }
`);
