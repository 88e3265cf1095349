import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const siteByDomain: QueryResolvers["siteByDomain"] = (_parent, { domain }, { services }) =>
  services.site.byDomain(domain);
