import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setRoutingMapping: MutationResolvers["setRoutingMapping"] = (
  _parent,
  { category, unitId },
  { services },
) => services.routing.setMapping(category, unitId);
