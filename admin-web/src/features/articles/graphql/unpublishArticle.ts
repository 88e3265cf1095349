import { graphql } from "#gql";

export const UnpublishArticleDocument = graphql(`
  mutation UnpublishArticle($id: ID!, $reason: String!, $at: DateTime) {
    unpublishArticle(id: $id, reason: $reason, at: $at) {
      ...ArticleDetail
    }
  }
`);
