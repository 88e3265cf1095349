import { graphql } from "#gql";

export const ChannelTreeDocument = graphql(`
  query ChannelTree($siteId: ID!) {
    site(id: $siteId) {
      id
      name
      channels {
        ...ChannelFields
        children {
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
  }
`);
