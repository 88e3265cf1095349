import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const publishedArticles: QueryResolvers["publishedArticles"] = (
  _parent,
  { siteId, channelId, offset, limit },
  { services },
) => services.publishing.publishedArticles({ siteId, channelId }, { offset, limit });
