import { graphql } from "#gql";

export const CreateTopicDocument = graphql(`
  mutation CreateTopic($input: CreateTopicInput!) {
    createTopic(input: $input) {
      ...TopicFields
    }
  }
`);
