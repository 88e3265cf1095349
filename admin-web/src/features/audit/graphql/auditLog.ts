import { graphql } from "#gql";

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...AuditRow
      }
    }
  }
`);
