import { graphql } from "#gql";

export const SolicitationChoiceStatsDocument = graphql(`
  query SolicitationChoiceStats($id: ID!) {
    solicitation(id: $id) {
      id
      choiceStats {
        questionId
        title
        kind
        answered
        options {
          option
          count
        }
      }
    }
  }
`);
