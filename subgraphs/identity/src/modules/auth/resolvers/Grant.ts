import type { GrantResolvers } from "../../../generated/resolvers-types";

export const Grant: GrantResolvers = {
  unit: (grant, _args, { loaders }) => (grant.unitId ? loaders.unitById.load(grant.unitId) : null),
  site: (grant, _args, { loaders }) => (grant.siteId ? loaders.siteById.load(grant.siteId) : null),
};
