import { graphql } from "#gql";

export const CreateMailboxDocument = graphql(`
  mutation CreateMailbox($input: CreateMailboxInput!) {
    createMailbox(input: $input) {
      ...MailboxFields
    }
  }
`);
