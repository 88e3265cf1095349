import { graphql } from "#gql";

export const UpdateMailboxDocument = graphql(`
  mutation UpdateMailbox($id: ID!, $input: UpdateMailboxInput!) {
    updateMailbox(id: $id, input: $input) {
      ...MailboxFields
    }
  }
`);
