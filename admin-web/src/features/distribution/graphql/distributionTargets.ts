import { graphql } from "#gql";

export const DistributionTargetsDocument = graphql(`
  query DistributionTargets($siteId: ID!) {
    site(id: $siteId) {
      id
      distributionTargets {
        ...TargetFields
      }
    }
  }
`);
