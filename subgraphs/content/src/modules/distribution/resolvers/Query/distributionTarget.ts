import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const distributionTarget: QueryResolvers["distributionTarget"] = (_parent, { id }, { services }) =>
  services.distribution.target(id);
