import { graphql } from "#gql";

export const SiteAppearanceDocument = graphql(`
  query SiteAppearance($id: ID!) {
    site(id: $id) {
      id
      name
      code
      theme {
        logoUrl
        bannerUrl
        primaryColor
        footerText
        icpNumber
        policeNumber
        showGovMark
      }
      homeLayout {
        kind
        channelId
        title
      }
      channels {
        id
        name
        children {
          id
          name
        }
      }
    }
  }
`);
