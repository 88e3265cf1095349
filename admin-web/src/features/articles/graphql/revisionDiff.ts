import { graphql } from "#gql";

export const RevisionDiffDocument = graphql(`
  query RevisionDiff($fromId: ID!, $toId: ID!) {
    revisionDiff(fromId: $fromId, toId: $toId) {
      from {
        id
        number
        createdAt
        createdBy {
          id
          displayName
        }
      }
      to {
        id
        number
        createdAt
        createdBy {
          id
          displayName
        }
      }
      fields {
        field
        changed
        parts {
          kind
          text
        }
      }
    }
  }
`);
