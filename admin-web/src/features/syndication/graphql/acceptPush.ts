import { graphql } from "#gql";

export const AcceptPushDocument = graphql(`
  mutation AcceptPush($id: ID!) {
    acceptPush(id: $id) {
      ...PushRow
    }
  }
`);
