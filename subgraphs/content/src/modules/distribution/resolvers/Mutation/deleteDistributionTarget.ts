import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteDistributionTarget: MutationResolvers["deleteDistributionTarget"] = (
  _parent,
  { id },
  { services },
) => services.distribution.deleteTarget(id);
