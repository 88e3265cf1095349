import { graphql } from "#gql";

// Overrides block-level findings of the current revision (all open ones when findingKeys is empty).
export const OverrideArticleFindingsDocument = graphql(`
  mutation OverrideArticleFindings($articleId: ID!, $findingKeys: [ID!], $reason: String!) {
    overrideCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {
      id
      timeline {
        ...Transition
      }
    }
  }
`);
