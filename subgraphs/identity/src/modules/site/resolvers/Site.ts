import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  // Other subgraphs reference sites by id (the gateway joins); the directory facts are public.
  __resolveReference: (reference, { loaders }) => loaders.siteById.load(reference.id),
  domains: async (row, _args, { loaders }) => (await loaders.domainsBySite.load(row.id)).map((d) => d.domain),
  unit: async (row, _args, { loaders }) => {
    const unit = await loaders.unitById.load(row.unitId);
    if (!unit) throw new Error(`site ${row.id} has no unit`);
    return unit;
  },
  parent: (row, _args, { loaders }) => (row.parentSiteId ? loaders.siteById.load(row.parentSiteId) : null),
  children: (row, _args, { loaders }) => loaders.childSites.load(row.id),
};
