import { graphql } from "#gql";

export const MyReviewTasksDocument = graphql(`
  query MyReviewTasks {
    myReviewTasks {
      ...ReviewTask
    }
  }
`);
