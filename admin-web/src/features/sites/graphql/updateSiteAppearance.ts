import { graphql } from "#gql";

export const UpdateSiteAppearanceDocument = graphql(`
  mutation UpdateSiteAppearance($id: ID!, $input: SiteAppearanceInput!) {
    updateSiteAppearance(id: $id, input: $input) {
      id
      theme {
        primaryColor
      }
      homeLayout {
        kind
        channelId
        title
      }
    }
  }
`);
