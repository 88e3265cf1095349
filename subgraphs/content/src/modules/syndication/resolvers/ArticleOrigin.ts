import type { ArticleOriginResolvers } from "../../../generated/resolvers-types";

export const ArticleOrigin: ArticleOriginResolvers = {
  site: (origin) => ({ __typename: "Site", id: origin.siteId }),
  siteName: async (origin, _args, { directory }) => (await directory.siteRef.load(origin.siteId))?.name ?? "",
  /** The origin's page on the portal by its site's fallback address, which every portal host serves. */
  url: async (origin, _args, { loaders, directory }) => {
    const live = await loaders.publishedById.load(origin.articleId);
    if (!live) return null;
    const [site, channel] = await Promise.all([
      directory.siteRef.load(live.article.siteId),
      loaders.channelById.load(live.revision.channelId),
    ]);
    if (!site || !channel) return null;
    return `/s/${encodeURIComponent(site.code)}/${channel.path}/${live.article.id}.html`;
  },
};
