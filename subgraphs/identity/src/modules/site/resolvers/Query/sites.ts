import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const sites: QueryResolvers["sites"] = (_parent, { filter, offset, limit }, { services }) =>
  services.site.list(filter, offset ?? 0, limit ?? 50);
