import { graphql } from "#gql";

export const ArticlesDocument = graphql(`
  query Articles($filter: ArticleFilter!, $offset: Int, $limit: Int) {
    articles(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...ArticleRow
      }
    }
  }
`);
