import { graphql } from "#gql";

export const NotAcceptLetterDocument = graphql(`
  mutation NotAcceptLetter($id: ID!, $reason: String!) {
    notAcceptLetter(id: $id, reason: $reason) {
      ...LetterDetail
    }
  }
`);
