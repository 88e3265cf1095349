import { graphql } from "#gql";

export const RejectArticleDocument = graphql(`
  mutation RejectArticle($id: ID!, $comment: String!) {
    rejectArticle(id: $id, comment: $comment) {
      ...ArticleDetail
    }
  }
`);
