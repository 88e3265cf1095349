import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  __resolveReference: (reference) => reference,
  stats: (site, _args, { services }) => services.stats.forSite(site.id),
};
