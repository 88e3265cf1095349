import { graphql } from "#gql";

export const SolicitationSettingsDocument = graphql(`
  query SolicitationSettings($unitId: ID) {
    solicitationSettings(unitId: $unitId) {
      unitId
      platformMinOpenDays
      unitMinOpenDays
      minOpenDays
    }
  }
`);
