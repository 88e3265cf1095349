import { graphql } from "#gql";

// Rendered by the channels page's tree table and its form.
export const ChannelFieldsFragment = graphql(`
  fragment ChannelFields on Channel {
    id
    name
    path
    kind
    linkUrl
    updateClass
    sortOrder
  }
`);
