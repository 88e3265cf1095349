import { graphql } from "#gql";

// Rendered by UnitTable: one row of the unit tree.
export const UnitRowFragment = graphql(`
  fragment UnitRow on Unit {
    id
    name
    shortName
    code
    kind
    level
    sortOrder
    isDemo
    parent {
      id
    }
  }
`);
