import { graphql } from "#gql";

export const ResendDeliveryDocument = graphql(`
  mutation ResendDelivery($id: ID!) {
    resendDelivery(id: $id) {
      ...DeliveryFields
    }
  }
`);
