import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createDistributionTarget: MutationResolvers["createDistributionTarget"] = (
  _parent,
  { input },
  { services },
) => services.distribution.createTarget(input);
