import { graphql } from "#gql";

export const AuditRowFragment = graphql(`
  fragment AuditRow on AuditEntry {
    id
    type
    actorKind
    actorId
    actorName
    actorRoles
    actorIp
    siteId
    site {
      id
      name
    }
    unitId
    unit {
      id
      name
    }
    aggregateType
    aggregateId
    payload
    occurredAt
  }
`);
