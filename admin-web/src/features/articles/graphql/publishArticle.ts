import { graphql } from "#gql";

export const PublishArticleDocument = graphql(`
  mutation PublishArticle($id: ID!, $at: DateTime) {
    publishArticle(id: $id, at: $at) {
      ...ArticleDetail
    }
  }
`);
