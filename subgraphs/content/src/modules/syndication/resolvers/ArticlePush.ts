import { notFound } from "@jiyue/server-kit";
import type { ArticlePushResolvers } from "../../../generated/resolvers-types";

export const ArticlePush: ArticlePushResolvers = {
  originSite: (row) => ({ __typename: "Site", id: row.originSiteId }),
  originSiteName: async (row, _args, { directory }) =>
    (await directory.siteRef.load(row.originSiteId))?.name ?? "",
  snapshot: async (row, _args, { loaders }) => {
    const revision = await loaders.revisionById.load(row.originRevisionId);
    if (!revision) throw notFound("修订", row.originRevisionId);
    return revision;
  },
  targetSite: (row) => ({ __typename: "Site", id: row.targetSiteId }),
  targetSiteName: async (row, _args, { directory }) =>
    (await directory.siteRef.load(row.targetSiteId))?.name ?? "",
  targetChannel: async (row, _args, { loaders }) => {
    const channel = await loaders.channelById.load(row.targetChannelId);
    if (!channel) throw notFound("栏目", row.targetChannelId);
    return channel;
  },
  pushedBy: (row) => ({ __typename: "User", id: row.pushedBy }),
  decidedBy: (row) => (row.decidedBy ? { __typename: "User", id: row.decidedBy } : null),
  isUpdate: (row) => row.copyArticleId !== null && row.status === "pending",
};
