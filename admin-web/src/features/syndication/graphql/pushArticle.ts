import { graphql } from "#gql";

export const PushArticleDocument = graphql(`
  mutation PushArticle($id: ID!, $targets: [PushTargetInput!]!, $note: String) {
    pushArticle(id: $id, targets: $targets, note: $note) {
      ...PushRow
    }
  }
`);
