import { notFound } from "@jiyue/server-kit";
import type { ArticleResolvers } from "../../../generated/resolvers-types";

export const Article: ArticleResolvers = {
  __resolveReference: (reference, { services }) => services.article.article(reference.id),
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  channel: async (row, _args, { loaders }) => {
    const channel = await loaders.channelById.load(row.channelId);
    if (!channel) throw notFound("栏目", row.channelId);
    return channel;
  },
  currentRevision: async (row, _args, { loaders }) => {
    const revision = await loaders.revisionById.load(row.currentRevisionId);
    if (!revision) throw notFound("修订", row.currentRevisionId);
    return revision;
  },
  publishedRevision: (row, _args, { loaders }) =>
    row.publishedRevisionId ? loaders.revisionById.load(row.publishedRevisionId) : null,
  revisions: (row, _args, { loaders }) => loaders.revisionsByArticle.load(row.id),
  revisionCount: (row, _args, { loaders }) => loaders.revisionCountByArticle.load(row.id),
  timeline: (row, _args, { loaders }) => loaders.timelineByArticle.load(row.id),
  createdBy: (row) => ({ __typename: "User", id: row.createdBy }),
};
