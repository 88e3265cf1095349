import { graphql } from "#gql";

export const CreateLexiconEntryDocument = graphql(`
  mutation CreateLexiconEntry($input: CreateLexiconEntryInput!) {
    createLexiconEntry(input: $input) {
      ...LexiconEntryFields
    }
  }
`);
