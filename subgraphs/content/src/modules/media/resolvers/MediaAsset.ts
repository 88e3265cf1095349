import { can } from "@jiyue/server-kit";
import type { MediaAssetResolvers } from "../../../generated/resolvers-types";
import { mediaUrl, thumbUrl } from "../media.service";

export const MediaAsset: MediaAssetResolvers = {
  __resolveReference: (reference, { services }) => services.media.get(reference.id),
  name: (row) => row.originalName,
  url: (row) => mediaUrl(row.id),
  thumbUrl: (row) => (row.thumbPath ? thumbUrl(row.id) : null),
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  createdBy: (row) => ({ __typename: "User", id: row.createdBy }),
  // Only the articles the caller may read (drafts of other sites stay hidden).
  usedBy: async (row, _args, { loaders, directory, caller }) => {
    const uses = await loaders.mediaUsage.load(row.id);
    const rows = await Promise.all(uses.map((use) => loaders.articleById.load(use.articleId)));
    const readable = await Promise.all(
      rows.map(async (article) => {
        if (!article) return null;
        const scope = await directory.siteScope(article.siteId);
        return scope && can(caller, "article.read", scope) ? article : null;
      }),
    );
    return readable.filter((article) => article !== null);
  },
};
