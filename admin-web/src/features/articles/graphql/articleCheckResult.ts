import { graphql } from "#gql";

// The saved revision's check as the publish gate sees it: findings with their overrides.
export const ArticleCheckResultDocument = graphql(`
  query ArticleCheckResult($id: ID!) {
    article(id: $id) {
      id
      checkResult {
        lexiconVersion
        blockCount
        warnCount
        hintCount
        unresolvedBlockCount
        checkedAt
        findings {
          key
          field
          text
          category
          severity
          suggestion
          explanation
          override {
            id
            reason
            actorName
            at
          }
          ignore {
            id
            reason
            actorName
            at
          }
        }
      }
    }
  }
`);
