import { graphql } from "#gql";

export const CreateArticleDocument = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      ...ArticleDetail
    }
  }
`);
