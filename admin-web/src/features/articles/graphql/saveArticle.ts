import { graphql } from "#gql";

export const SaveArticleDocument = graphql(`
  mutation SaveArticle($id: ID!, $input: SaveArticleInput!) {
    saveArticle(id: $id, input: $input) {
      ...ArticleDetail
    }
  }
`);
