// 意见征集 on the portal: a site's campaigns, one campaign with its questions and 采纳情况, and submitting.
import { graphql } from "../../gql";

export const siteSolicitationsQuery = graphql(`
  query PortalSiteSolicitations($siteId: ID!, $first: Int!, $offset: Int!) {
    siteSolicitations(siteId: $siteId, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        title
        status
        startsAt
        endsAt
        feedback {
          publishedAt
        }
      }
    }
  }
`);

export const portalSolicitationFragment = graphql(`
  fragment PortalSolicitation on Solicitation {
    id
    title
    description
    documentUrl
    documentName
    siteIds
    allowAnonymous
    startsAt
    endsAt
    status
    acceptingSubmissions
    closedReason
    questions {
      id
      kind
      title
      options
      required
    }
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

export const solicitationQuery = graphql(`
  query PortalSolicitation($id: ID!) {
    solicitation(id: $id) {
      ...PortalSolicitation
    }
  }
`);

export const solicitationVisitorQuery = graphql(`
  query PortalSolicitationVisitor {
    me {
      kind
      displayName
    }
  }
`);

export const submitSolicitationMutation = graphql(`
  mutation PortalSubmitSolicitation($input: SubmitSolicitationInput!) {
    submitSolicitation(input: $input) {
      id
    }
  }
`);
