import { graphql } from "#gql";

export const DeliveriesDocument = graphql(`
  query Deliveries($siteId: ID!, $status: DeliveryStatus, $offset: Int, $limit: Int) {
    deliveries(siteId: $siteId, status: $status, offset: $offset, limit: $limit) {
      total
      items {
        ...DeliveryFields
      }
    }
  }
`);
