import { graphql } from "#gql";

// The opinions of a campaign, a page at a time, with the answers, the text check and the adoption tag.
export const SolicitationSubmissionsDocument = graphql(`
  query SolicitationSubmissions($id: ID!, $filter: SolicitationSubmissionFilter, $first: Int, $offset: Int) {
    solicitation(id: $id) {
      id
      submissions(filter: $filter, first: $first, offset: $offset) {
        totalCount
        nodes {
          id
          anonymous
          contactName
          contactPhone
          createdAt
          held
          adoption
          adoptionReason
          answers {
            questionId
            text
            choices
          }
          checkResult {
            blockCount
            findings {
              key
              questionId
              text
              severity
              suggestion
            }
          }
        }
      }
    }
  }
`);
