import { graphql } from "#gql";

export const RolesDocument = graphql(`
  query Roles {
    roles {
      code
      name
      scopeKinds
      actions
      stage
      exclusiveGroup
      requiresTotp
    }
  }
`);
