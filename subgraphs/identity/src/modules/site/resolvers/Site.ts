import type { SiteResolvers } from "../../../generated/resolvers-types";
import { DEFAULT_THEME } from "../site.appearance";

export const Site: SiteResolvers = {
  // Other subgraphs reference sites by id (the gateway joins): online sites are public, others need
  // site.read over the site.
  __resolveReference: (reference, { services }) => services.site.referenced(reference.id),
  domains: async (row, _args, { loaders }) => (await loaders.domainsBySite.load(row.id)).map((d) => d.domain),
  unit: async (row, _args, { loaders }) => {
    const unit = await loaders.unitById.load(row.unitId);
    if (!unit) throw new Error(`site ${row.id} has no unit`);
    return unit;
  },
  theme: (row) => ({ ...DEFAULT_THEME, ...row.theme }),
  homeLayout: (row) => row.homeLayout ?? null,
  parent: (row, _args, { services }) =>
    row.parentSiteId ? services.site.referenced(row.parentSiteId) : null,
  children: async (row, _args, { loaders, services }) =>
    services.site.onlyVisible(await loaders.childSites.load(row.id)),
};
