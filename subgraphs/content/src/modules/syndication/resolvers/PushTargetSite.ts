import type { PushTargetSiteResolvers } from "../../../generated/resolvers-types";

export const PushTargetSite: PushTargetSiteResolvers = {
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  channels: (row, _args, { loaders }) => loaders.topLevelChannelsBySite.load(row.siteId),
};
