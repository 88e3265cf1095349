import { graphql } from "#gql";

export const DeleteMailboxDocument = graphql(`
  mutation DeleteMailbox($id: ID!) {
    deleteMailbox(id: $id)
  }
`);
