import { graphql } from "#gql";

// One row of the lexicon table, and what the entry form edits.
export const LexiconEntryFieldsFragment = graphql(`
  fragment LexiconEntryFields on LexiconEntry {
    id
    term
    kind
    level
    suggestion
    scope
    unitId
    note
    source
    enabled
    titles
    category
    updatedAt
  }
`);
