import { graphql } from "#gql";

export const CheckTextDocument = graphql(`
  query CheckText($siteId: ID!, $title: String, $html: String) {
    checkText(siteId: $siteId, title: $title, html: $html) {
      lexiconVersion
      blockCount
      warnCount
      hintCount
      findings {
        key
        field
        start
        end
        htmlStart
        htmlEnd
        text
        category
        severity
        ruleId
        suggestion
        explanation
      }
    }
  }
`);

export const ArticleCheckOverridesDocument = graphql(`
  query ArticleCheckOverrides($id: ID!) {
    article(id: $id) {
      id
      checkResult {
        lexiconVersion
        unresolvedBlockCount
        overrides {
          id
          findingKey
          text
          reason
          actorName
          at
        }
        ignores {
          id
          findingKey
          text
          reason
          actorName
          at
        }
      }
    }
  }
`);
