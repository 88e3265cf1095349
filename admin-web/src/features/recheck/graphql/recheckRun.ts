import { graphql } from "#gql";

export const RecheckRunDocument = graphql(`
  query RecheckRun($id: ID!, $offset: Int, $limit: Int) {
    recheckRun(id: $id) {
      ...RecheckRunFields
      items(onlyWithFindings: true, offset: $offset, limit: $limit) {
        total
        items {
          articleId
          site {
            id
            name
          }
          title
          blockCount
          warnCount
          findings {
            text
            category
            severity
            suggestion
            explanation
          }
          checkedAt
        }
      }
    }
  }
`);
