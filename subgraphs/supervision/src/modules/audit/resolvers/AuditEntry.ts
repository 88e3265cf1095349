import type { AuditEntryResolvers } from "../../../generated/resolvers-types";

// References only: the gateway asks identity for the names.
export const AuditEntry: AuditEntryResolvers = {
  site: (entry) => (entry.siteId ? { __typename: "Site", id: entry.siteId } : null),
  unit: (entry) => (entry.unitId ? { __typename: "Unit", id: entry.unitId } : null),
};
