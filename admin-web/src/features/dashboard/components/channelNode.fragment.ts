import { graphql } from "#gql";

// Rendered by ChannelTree: one node of a site's channel tree.
export const ChannelNodeFragment = graphql(`
  fragment ChannelNode on Channel {
    id
    name
    path
    kind
    updateClass
  }
`);
