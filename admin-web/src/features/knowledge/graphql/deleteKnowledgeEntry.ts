import { graphql } from "#gql";

export const DeleteKnowledgeEntryDocument = graphql(`
  mutation DeleteKnowledgeEntry($id: ID!) {
    deleteKnowledgeEntry(id: $id)
  }
`);
