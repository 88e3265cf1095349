import { graphql } from "#gql";

export const SetArticleFlagsDocument = graphql(`
  mutation SetArticleFlags($id: ID!, $input: ArticleFlagsInput!) {
    setArticleFlags(id: $id, input: $input) {
      ...ArticleDetail
    }
  }
`);
