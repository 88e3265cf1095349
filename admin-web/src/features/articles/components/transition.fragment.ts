import { graphql } from "#gql";

// One entry of the review timeline and of the review sheet.
export const TransitionFragment = graphql(`
  fragment Transition on ReviewTransition {
    id
    action
    stage
    stageName
    comment
    at
    actorName
    actor {
      id
      displayName
    }
    revision {
      id
      number
    }
  }
`);
