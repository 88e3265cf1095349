import { graphql } from "#gql";

export const UpdateDistributionTargetDocument = graphql(`
  mutation UpdateDistributionTarget($id: ID!, $input: UpdateDistributionTargetInput!) {
    updateDistributionTarget(id: $id, input: $input) {
      ...TargetFields
    }
  }
`);
