import { graphql } from "#gql";

export const UpdateTopicDocument = graphql(`
  mutation UpdateTopic($id: ID!, $input: UpdateTopicInput!) {
    updateTopic(id: $id, input: $input) {
      ...TopicFields
    }
  }
`);
