import { graphql } from "#gql";

export const IncomingPushesDocument = graphql(`
  query IncomingPushes($siteId: ID!, $status: PushStatus, $offset: Int, $limit: Int) {
    incomingPushes(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {
      total
      items {
        ...PushRow
      }
    }
  }
`);
