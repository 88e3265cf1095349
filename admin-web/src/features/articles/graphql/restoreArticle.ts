import { graphql } from "#gql";

export const RestoreArticleDocument = graphql(`
  mutation RestoreArticle($id: ID!) {
    restoreArticle(id: $id) {
      ...ArticleRow
    }
  }
`);
