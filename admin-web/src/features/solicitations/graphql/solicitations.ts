import { graphql } from "#gql";

export const SolicitationsDocument = graphql(`
  query Solicitations($filter: SolicitationFilter, $first: Int, $offset: Int) {
    solicitations(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        unitId
        title
        status
        startsAt
        endsAt
        submissionCount
      }
    }
  }
`);
