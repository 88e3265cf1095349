import { graphql } from "#gql";

// 相似信件 (suspected duplicates) of one letter, the candidates for 合并办理.
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
          mergedInto {
            id
          }
        }
      }
    }
  }
`);
