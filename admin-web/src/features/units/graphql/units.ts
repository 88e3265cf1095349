import { graphql } from "#gql";

export const UnitsDocument = graphql(`
  query Units($filter: UnitFilter) {
    units(filter: $filter) {
      ...UnitRow
    }
  }
`);
