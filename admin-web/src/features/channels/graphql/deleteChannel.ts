import { graphql } from "#gql";

export const DeleteChannelDocument = graphql(`
  mutation DeleteChannel($id: ID!) {
    deleteChannel(id: $id)
  }
`);
