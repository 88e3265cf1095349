import { notFound } from "@jiyue/server-kit";
import type { TakedownTargetResolvers } from "../../../generated/resolvers-types";

export const TakedownTarget: TakedownTargetResolvers = {
  kind: (row) => (row.copyArticleId ? "COPY" : "PENDING_PUSH"),
  site: (row) => ({ __typename: "Site", id: row.targetSiteId }),
  siteName: async (row, _args, { directory }) => (await directory.siteRef.load(row.targetSiteId))?.name ?? "",
  channel: async (row, _args, { loaders }) => {
    const channel = await loaders.channelById.load(row.targetChannelId);
    if (!channel) throw notFound("栏目", row.targetChannelId);
    return channel;
  },
  at: (row) => row.withdrawnAt ?? row.pushedAt,
};
