import { graphql } from "#gql";

export const StartRecheckDocument = graphql(`
  mutation StartRecheck($siteId: ID) {
    startRecheck(siteId: $siteId) {
      ...RecheckRunFields
    }
  }
`);
