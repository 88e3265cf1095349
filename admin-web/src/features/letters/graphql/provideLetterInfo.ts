import { graphql } from "#gql";

export const ProvideLetterInfoDocument = graphql(`
  mutation ProvideLetterInfo($id: ID!, $info: String!) {
    provideLetterInfo(id: $id, info: $info) {
      ...LetterDetail
    }
  }
`);
