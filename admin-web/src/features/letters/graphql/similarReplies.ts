import { graphql } from "#gql";

// Past published replies to similar letters (智库), offered while drafting a reply.
export const SimilarRepliesDocument = graphql(`
  query SimilarReplies($letterId: ID!) {
    similarReplies(letterId: $letterId, first: 5) {
      score
      entry {
        id
        title
        answer
        category
        answeredAt
      }
    }
  }
`);
