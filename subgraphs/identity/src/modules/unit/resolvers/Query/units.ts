import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const units: QueryResolvers["units"] = (_parent, { filter }, { services }) =>
  services.unit.list(filter);
