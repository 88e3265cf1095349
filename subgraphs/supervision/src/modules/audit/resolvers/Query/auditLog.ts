import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const auditLog: QueryResolvers["auditLog"] = (_parent, { filter, offset, limit }, { services }) =>
  services.audit.list(filter, { offset, limit });
