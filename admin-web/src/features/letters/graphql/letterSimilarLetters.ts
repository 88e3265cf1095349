import { graphql } from "#gql";

// 相似信件 (suspected duplicates) of one letter, the candidates for 合并办理. The mailbox's unit decides
// whether a dispatcher (rather than the primary's handler) may merge it.
export const LetterSimilarLettersDocument = graphql(`
  query LetterSimilarLetters($id: ID!) {
    letter(id: $id) {
      id
      similarLetters {
        similarity
        letter {
          id
          title
          status
          createdAt
          mailbox {
            id
            unitId
          }
          mergedInto {
            id
          }
        }
      }
    }
  }
`);
