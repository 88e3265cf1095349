import { graphql } from "#gql";

// 热点问题: recent letters the caller may see, clustered by similarity.
export const LetterHotTopicsDocument = graphql(`
  query LetterHotTopics($days: Int, $minSize: Int) {
    letterHotTopics(days: $days, minSize: $minSize) {
      label
      keywords
      count
      sampleTitles
      first
      last
      letters {
        ...LetterRow
      }
    }
  }
`);
