import { graphql } from "#gql";

export const AssignRoleDocument = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      id
    }
  }
`);
