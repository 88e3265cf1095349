import { graphql } from "#gql";

export const CancelScheduledActionDocument = graphql(`
  mutation CancelScheduledAction($id: ID!) {
    cancelScheduledAction(id: $id) {
      ...ArticleDetail
    }
  }
`);
