import { graphql } from "#gql";

export const ArticleDeliveriesDocument = graphql(`
  query ArticleDeliveries($id: ID!) {
    article(id: $id) {
      id
      deliveries {
        ...DeliveryFields
      }
    }
  }
`);
