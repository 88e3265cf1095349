import { graphql } from "#gql";

export const RevisionDocument = graphql(`
  query Revision($id: ID!) {
    revision(id: $id) {
      ...RevisionContent
    }
  }
`);
