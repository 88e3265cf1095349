import { graphql } from "#gql";

/** Every topic of the working site (disabled ones too: the page is for channel managers). */
export const SiteTopicsDocument = graphql(`
  query SiteTopics($siteId: ID!) {
    site(id: $siteId) {
      id
      code
      topics(includeDisabled: true) {
        ...TopicFields
      }
    }
  }
`);
