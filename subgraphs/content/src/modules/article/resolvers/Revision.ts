import { notFound } from "@jiyue/server-kit";
import type { RevisionResolvers } from "../../../generated/resolvers-types";
import { attachmentsFromMedia } from "../../media/media.attachments";

export const Revision: RevisionResolvers = {
  __resolveReference: (reference, { services }) => services.article.revision(reference.id),
  article: async (row, _args, { loaders }) => {
    const article = await loaders.articleById.load(row.articleId);
    if (!article) throw notFound("稿件", row.articleId);
    return article;
  },
  attachments: (row, _args, { loaders }) => attachmentsFromMedia(row.attachments, loaders),
  channel: async (row, _args, { loaders }) => {
    const channel = await loaders.channelById.load(row.channelId);
    if (!channel) throw notFound("栏目", row.channelId);
    return channel;
  },
  basedOn: (row, _args, { loaders }) =>
    row.basedOnRevisionId ? loaders.revisionById.load(row.basedOnRevisionId) : null,
  createdBy: (row) => ({ __typename: "User", id: row.createdBy }),
};
