import { graphql } from "#gql";

export const MeDocument = graphql(`
  query Me {
    me {
      kind
      id
      displayName
      user {
        id
        username
      }
      grants {
        role
        roleName
        stage
        actions
        unit {
          id
          name
          sites {
            id
            code
            name
            isDemo
          }
        }
        site {
          id
          code
          name
          isDemo
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
