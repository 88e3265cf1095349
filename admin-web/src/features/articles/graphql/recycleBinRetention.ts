import { graphql } from "#gql";

export const RecycleBinRetentionDocument = graphql(`
  query RecycleBinRetention {
    recycleBinRetentionDays
  }
`);
