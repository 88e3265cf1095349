import { AuditEntry } from "./AuditEntry";
import { auditLog } from "./Query/auditLog";

export const auditResolvers = {
  Query: { auditLog },
  AuditEntry,
};
