import { graphql } from "#gql";

export const WithdrawArticleDocument = graphql(`
  mutation WithdrawArticle($id: ID!) {
    withdrawArticle(id: $id) {
      ...ArticleDetail
    }
  }
`);
