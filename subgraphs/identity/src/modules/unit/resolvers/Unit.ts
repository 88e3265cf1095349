import type { UnitResolvers } from "../../../generated/resolvers-types";

export const Unit: UnitResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.unitById.load(reference.id),
  parent: (row, _args, { loaders }) => (row.parentId ? loaders.unitById.load(row.parentId) : null),
  children: (row, _args, { loaders }) => loaders.childUnits.load(row.id),
  sites: (row, _args, { loaders }) => loaders.sitesByUnit.load(row.id),
};
