import { graphql } from "#gql";

export const UsersDocument = graphql(`
  query Users($filter: UserFilter, $offset: Int, $limit: Int) {
    users(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...UserRow
      }
    }
  }
`);
