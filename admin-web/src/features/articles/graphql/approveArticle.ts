import { graphql } from "#gql";

export const ApproveArticleDocument = graphql(`
  mutation ApproveArticle($id: ID!, $comment: String) {
    approveArticle(id: $id, comment: $comment) {
      ...ArticleDetail
    }
  }
`);
