import { graphql } from "#gql";

export const CreateUnitDocument = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      ...UnitRow
    }
  }
`);
