import { graphql } from "#gql";

export const RevokeRoleDocument = graphql(`
  mutation RevokeRole($assignmentId: ID!) {
    revokeRole(assignmentId: $assignmentId)
  }
`);
