import { graphql } from "#gql";

/** A run's summary: scope, state, progress and counts (the list and the progress card). */
export const RecheckRunFieldsFragment = graphql(`
  fragment RecheckRunFields on RecheckRun {
    id
    site {
      id
      name
      code
    }
    status
    total
    checked
    progress
    articlesWithBlock
    blockCount
    warnCount
    lexiconVersion
    error
    startedByName
    startedAt
    finishedAt
  }
`);
