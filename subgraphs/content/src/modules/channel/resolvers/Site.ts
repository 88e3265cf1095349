import type { SiteResolvers } from "../../../generated/resolvers-types";

export const Site: SiteResolvers = {
  __resolveReference: (reference) => reference,
  channels: (site, _args, { loaders }) => loaders.topLevelChannelsBySite.load(site.id),
};
