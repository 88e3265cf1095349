import type { UnitResolvers } from "../../../generated/resolvers-types";

export const Unit: UnitResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.unitById.load(reference.id),
  parent: (row, _args, { loaders }) => (row.parentId ? loaders.unitById.load(row.parentId) : null),
  children: (row, _args, { loaders }) => loaders.childUnits.load(row.id),
  sites: async (row, _args, { loaders, services }) =>
    services.site.onlyVisible(await loaders.sitesByUnit.load(row.id)),
};
