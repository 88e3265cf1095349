import { graphql } from "#gql";

export const UpdateSiteDocument = graphql(`
  mutation UpdateSite($id: ID!, $input: UpdateSiteInput!) {
    updateSite(id: $id, input: $input) {
      ...SiteRow
    }
  }
`);
