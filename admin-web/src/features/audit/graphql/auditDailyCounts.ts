import { graphql } from "#gql";

// One count per day (the audit log has no aggregate query): 14 aliases, each a one-row page's total.
export const AuditDailyCountsDocument = graphql(`
  query AuditDailyCounts($d0: AuditLogFilter!, $d1: AuditLogFilter!, $d2: AuditLogFilter!, $d3: AuditLogFilter!, $d4: AuditLogFilter!, $d5: AuditLogFilter!, $d6: AuditLogFilter!, $d7: AuditLogFilter!, $d8: AuditLogFilter!, $d9: AuditLogFilter!, $d10: AuditLogFilter!, $d11: AuditLogFilter!, $d12: AuditLogFilter!, $d13: AuditLogFilter!) {
    d0: auditLog(filter: $d0, limit: 1) {
      total
    }
    d1: auditLog(filter: $d1, limit: 1) {
      total
    }
    d2: auditLog(filter: $d2, limit: 1) {
      total
    }
    d3: auditLog(filter: $d3, limit: 1) {
      total
    }
    d4: auditLog(filter: $d4, limit: 1) {
      total
    }
    d5: auditLog(filter: $d5, limit: 1) {
      total
    }
    d6: auditLog(filter: $d6, limit: 1) {
      total
    }
    d7: auditLog(filter: $d7, limit: 1) {
      total
    }
    d8: auditLog(filter: $d8, limit: 1) {
      total
    }
    d9: auditLog(filter: $d9, limit: 1) {
      total
    }
    d10: auditLog(filter: $d10, limit: 1) {
      total
    }
    d11: auditLog(filter: $d11, limit: 1) {
      total
    }
    d12: auditLog(filter: $d12, limit: 1) {
      total
    }
    d13: auditLog(filter: $d13, limit: 1) {
      total
    }
  }
`);
