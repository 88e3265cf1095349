import { graphql } from "#gql";

export const CreateDistributionTargetDocument = graphql(`
  mutation CreateDistributionTarget($input: CreateDistributionTargetInput!) {
    createDistributionTarget(input: $input) {
      ...TargetFields
    }
  }
`);
