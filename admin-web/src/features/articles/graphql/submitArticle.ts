import { graphql } from "#gql";

export const SubmitArticleDocument = graphql(`
  mutation SubmitArticle($id: ID!, $comment: String) {
    submitArticle(id: $id, comment: $comment) {
      ...ArticleDetail
    }
  }
`);
