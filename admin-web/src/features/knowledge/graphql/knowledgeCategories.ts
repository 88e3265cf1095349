import { graphql } from "#gql";

export const KnowledgeCategoriesDocument = graphql(`
  query KnowledgeCategories {
    knowledgeCategories {
      category
      count
    }
  }
`);
