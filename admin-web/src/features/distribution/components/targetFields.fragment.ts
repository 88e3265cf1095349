import { graphql } from "#gql";

export const TargetFieldsFragment = graphql(`
  fragment TargetFields on DistributionTarget {
    id
    name
    format
    url
    events
    enabled
    draftOnly
    createdAt
  }
`);
