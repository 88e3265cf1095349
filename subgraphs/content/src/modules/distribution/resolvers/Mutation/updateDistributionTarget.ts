import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateDistributionTarget: MutationResolvers["updateDistributionTarget"] = (
  _parent,
  { id, input },
  { services },
) => services.distribution.updateTarget(id, input);
