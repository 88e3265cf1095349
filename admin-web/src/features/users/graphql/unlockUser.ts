import { graphql } from "#gql";

export const UnlockUserDocument = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      ...UserRow
    }
  }
`);
