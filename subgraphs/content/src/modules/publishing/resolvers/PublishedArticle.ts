import { notFound } from "@jiyue/server-kit";
import type { PublishedArticleResolvers } from "../../../generated/resolvers-types";
import { attachmentsFromMedia, coverUrl } from "../../media/media.attachments";

/** Every field comes from the published revision (the immutable snapshot) or the article's display state. */
export const PublishedArticle: PublishedArticleResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.publishedById.load(reference.id),
  id: ({ article }) => article.id,
  site: ({ article }) => ({ __typename: "Site", id: article.siteId }),
  channel: async ({ revision }, _args, { loaders }) => {
    const channel = await loaders.channelById.load(revision.channelId);
    if (!channel) throw notFound("栏目", revision.channelId);
    return channel;
  },
  title: ({ revision }) => revision.title,
  subtitle: ({ revision }) => revision.subtitle,
  source: ({ revision }) => revision.source,
  author: ({ revision }) => revision.author,
  summary: ({ revision }) => revision.summary,
  body: ({ revision }) => revision.body,
  coverImageUrl: ({ revision }, _args, { loaders }) => coverUrl(revision.coverImageId, loaders),
  attachments: ({ revision }, _args, { loaders }) => attachmentsFromMedia(revision.attachments, loaders),
  keywords: ({ revision }) => revision.keywords,
  tags: ({ revision }) => revision.tags,
  pinned: ({ article }) =>
    article.pinned && (!article.pinnedUntil || article.pinnedUntil.getTime() > Date.now()),
  headline: ({ article }) => article.headline,
  carousel: ({ article }) => article.carousel,
  publishedAt: ({ article, revision }) => article.publishedAt ?? revision.createdAt,
  updatedAt: ({ article, revision }) => article.lastPublishedAt ?? article.publishedAt ?? revision.createdAt,
};
