import { graphql } from "#gql";

export const RequestLetterInfoDocument = graphql(`
  mutation RequestLetterInfo($id: ID!, $question: String!) {
    requestLetterInfo(id: $id, question: $question) {
      ...LetterDetail
    }
  }
`);
