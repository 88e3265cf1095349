import { graphql } from "#gql";

export const UpdateLexiconEntryDocument = graphql(`
  mutation UpdateLexiconEntry($id: ID!, $input: UpdateLexiconEntryInput!) {
    updateLexiconEntry(id: $id, input: $input) {
      ...LexiconEntryFields
    }
  }
`);
