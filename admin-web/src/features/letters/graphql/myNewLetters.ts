import { graphql } from "#gql";

// 新来信提醒: letters waiting for acceptance in mailboxes the caller receives; the header bell polls it.
export const MyNewLettersDocument = graphql(`
  query MyNewLetters($limit: Int) {
    myNewLetters(limit: $limit) {
      total
      letters {
        id
        title
        createdAt
        mailbox {
          id
          name
        }
      }
    }
  }
`);
