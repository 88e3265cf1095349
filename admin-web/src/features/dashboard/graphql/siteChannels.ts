import { graphql } from "#gql";

export const SiteChannelsDocument = graphql(`
  query SiteChannels($id: ID!) {
    site(id: $id) {
      id
      code
      name
      isDemo
      channels {
        ...ChannelNode
        children {
          ...ChannelNode
          children {
            ...ChannelNode
          }
        }
      }
    }
  }
`);
