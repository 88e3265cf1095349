import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const revokeRole: MutationResolvers["revokeRole"] = (_parent, { assignmentId }, { services }) =>
  services.role.revoke(assignmentId);
