import { graphql } from "#gql";

export const UpdateUnitDocument = graphql(`
  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {
    updateUnit(id: $id, input: $input) {
      ...UnitRow
    }
  }
`);
