import { graphql } from "#gql";

export const DeleteArticleDocument = graphql(`
  mutation DeleteArticle($id: ID!) {
    deleteArticle(id: $id) {
      ...ArticleRow
    }
  }
`);
