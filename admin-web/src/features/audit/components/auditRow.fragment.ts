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
    unitId
    aggregateType
    aggregateId
    payload
    occurredAt
  }
`);
