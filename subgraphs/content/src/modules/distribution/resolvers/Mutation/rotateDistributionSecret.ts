import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const rotateDistributionSecret: MutationResolvers["rotateDistributionSecret"] = (
  _parent,
  { id },
  { services },
) => services.distribution.rotateSecret(id);
