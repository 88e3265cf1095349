import { graphql } from "#gql";

export const ArticleWritingAssistDocument = graphql(`
  query ArticleWritingAssist($id: ID!) {
    article(id: $id) {
      id
      writingAssist {
        suggestedSummary
        suggestedKeywords
        nearDuplicates {
          articleId
          title
          siteName
          published
          readable
          similarity
        }
      }
    }
  }
`);
