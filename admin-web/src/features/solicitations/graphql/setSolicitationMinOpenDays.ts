import { graphql } from "#gql";

export const SetSolicitationMinOpenDaysDocument = graphql(`
  mutation SetSolicitationMinOpenDays($unitId: ID, $days: Int!) {
    setSolicitationMinOpenDays(unitId: $unitId, days: $days) {
      unitId
      platformMinOpenDays
      unitMinOpenDays
      minOpenDays
    }
  }
`);
