import { graphql } from "#gql";

export const UpdateKnowledgeEntryDocument = graphql(`
  mutation UpdateKnowledgeEntry($id: ID!, $input: KnowledgeEntryInput!) {
    updateKnowledgeEntry(id: $id, input: $input) {
      ...KnowledgeEntryFields
    }
  }
`);
