import { graphql } from "#gql";

export const ImportLexiconDocument = graphql(`
  mutation ImportLexicon($input: ImportLexiconInput!) {
    importLexicon(input: $input) {
      dryRun
      added
      updated
      unchanged
      rejected
      version
      rows {
        line
        term
        kind
        action
        reasons
        changes
      }
    }
  }
`);
