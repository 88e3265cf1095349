import { graphql } from "#gql";

export const DeleteTopicDocument = graphql(`
  mutation DeleteTopic($id: ID!) {
    deleteTopic(id: $id)
  }
`);
