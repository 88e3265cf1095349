import { graphql } from "#gql";

export const LetterDocument = graphql(`
  query Letter($id: ID!) {
    letter(id: $id) {
      ...LetterDetail
    }
  }
`);
