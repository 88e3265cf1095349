import { graphql } from "#gql";

export const MediaAssetFieldsFragment = graphql(`
  fragment MediaAssetFields on MediaAsset {
    id
    kind
    name
    mimeType
    size
    width
    height
    url
    thumbUrl
    visibility
    createdAt
    site {
      id
    }
  }
`);

export const MediaAssetsDocument = graphql(`
  query MediaAssets(
    $siteId: ID!
    $kind: MediaKind
    $search: String
    $includeShared: Boolean
    $offset: Int
    $limit: Int
  ) {
    mediaAssets(
      siteId: $siteId
      kind: $kind
      search: $search
      includeShared: $includeShared
      offset: $offset
      limit: $limit
    ) {
      total
      items {
        ...MediaAssetFields
      }
    }
  }
`);

export const MediaUsageDocument = graphql(`
  query MediaUsage($id: ID!) {
    mediaAsset(id: $id) {
      id
      usedBy {
        id
        status
        currentRevision {
          id
          title
        }
      }
    }
  }
`);
