import { graphql } from "#gql";

export const ArticleDocument = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleDetail
    }
  }
`);
