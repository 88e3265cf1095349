import { graphql } from "#gql";

export const LexiconEntriesDocument = graphql(`
  query LexiconEntries($filter: LexiconEntryFilter, $offset: Int, $limit: Int) {
    lexiconVersion
    lexiconEntries(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...LexiconEntryFields
      }
    }
  }
`);
