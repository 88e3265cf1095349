import { graphql } from "#gql";

export const TopicFieldsFragment = graphql(`
  fragment TopicFields on Topic {
    id
    name
    slug
    description
    bannerImageId
    bannerImageUrl
    pinnedArticleIds
    sortOrder
    enabled
    updatedAt
    sourceChannels {
      id
      name
      site {
        id
      }
    }
  }
`);
