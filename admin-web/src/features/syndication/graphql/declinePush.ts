import { graphql } from "#gql";

export const DeclinePushDocument = graphql(`
  mutation DeclinePush($id: ID!, $reason: String!) {
    declinePush(id: $id, reason: $reason) {
      ...PushRow
    }
  }
`);
