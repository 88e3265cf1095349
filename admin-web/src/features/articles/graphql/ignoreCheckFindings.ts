import { graphql } from "#gql";

// Ignores warnings or hints of the current revision with a reason (kept with it, shown to reviewers).
export const IgnoreCheckFindingsDocument = graphql(`
  mutation IgnoreCheckFindings($articleId: ID!, $findingKeys: [ID!]!, $reason: String!) {
    ignoreCheckFindings(articleId: $articleId, findingKeys: $findingKeys, reason: $reason) {
      id
    }
  }
`);
