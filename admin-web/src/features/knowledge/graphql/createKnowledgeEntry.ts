import { graphql } from "#gql";

export const CreateKnowledgeEntryDocument = graphql(`
  mutation CreateKnowledgeEntry($input: KnowledgeEntryInput!) {
    createKnowledgeEntry(input: $input) {
      ...KnowledgeEntryFields
    }
  }
`);
