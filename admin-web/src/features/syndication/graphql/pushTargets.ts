import { graphql } from "#gql";

export const PushTargetsDocument = graphql(`
  query PushTargets {
    pushTargets {
      siteId
      name
      parentSiteId
      channels {
        ...ChannelFields
        children {
          ...ChannelFields
          children {
            ...ChannelFields
          }
        }
      }
    }
  }
`);
