import { graphql } from "#gql";

// A unit's entries (published and withdrawn, for its maintainers), searched and paged on the server.
export const KnowledgeEntriesDocument = graphql(`
  query KnowledgeEntries($search: String, $category: String, $unitId: ID, $first: Int, $offset: Int) {
    knowledgeEntries(search: $search, category: $category, unitId: $unitId, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...KnowledgeEntryFields
      }
    }
  }
`);
