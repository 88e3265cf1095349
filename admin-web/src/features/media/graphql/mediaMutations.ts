import { graphql } from "#gql";

export const UpdateMediaVisibilityDocument = graphql(`
  mutation UpdateMediaVisibility($id: ID!, $visibility: MediaVisibility!) {
    updateMediaVisibility(id: $id, visibility: $visibility) {
      id
      visibility
    }
  }
`);

export const DeleteMediaAssetDocument = graphql(`
  mutation DeleteMediaAsset($id: ID!) {
    deleteMediaAsset(id: $id) {
      id
    }
  }
`);
