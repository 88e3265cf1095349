import { graphql } from "#gql";

// Rendered by the users table and its role-assignment drawer.
export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    email
    phone
    status
    totpEnabled
    lockedUntil
    lastLoginAt
    isDemo
    unit {
      id
      name
    }
    roles {
      id
      role {
        code
        name
      }
      unit {
        id
        name
      }
      site {
        id
        name
      }
    }
  }
`);
