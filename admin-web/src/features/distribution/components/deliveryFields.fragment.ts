import { graphql } from "#gql";

export const DeliveryFieldsFragment = graphql(`
  fragment DeliveryFields on Delivery {
    id
    kind
    status
    attempts
    lastResponseStatus
    lastError
    lastAttemptAt
    nextAttemptAt
    deliveredAt
    createdAt
    target {
      id
      name
      deleted
    }
    article {
      id
      currentRevision {
        id
        title
      }
    }
  }
`);
