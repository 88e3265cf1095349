import { graphql } from "#gql";

export const CreateSiteDocument = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      ...SiteRow
    }
  }
`);
