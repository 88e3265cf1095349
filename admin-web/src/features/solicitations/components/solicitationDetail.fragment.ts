import { graphql } from "#gql";

// A campaign as the detail page and the editor show it.
export const SolicitationDetailFragment = graphql(`
  fragment SolicitationDetail on Solicitation {
    id
    unitId
    title
    description
    documentUrl
    documentName
    questions {
      id
      kind
      title
      options
      required
    }
    siteIds
    allowAnonymous
    startsAt
    endsAt
    status
    acceptingSubmissions
    closedReason
    closedAt
    submissionCount
    feedback {
      summary
      total
      adopted
      partlyAdopted
      notAdopted
      publishedAt
      highlights {
        adoption
        text
      }
    }
  }
`);
