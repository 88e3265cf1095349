import type { NearDuplicateResolvers } from "../../../generated/resolvers-types";

export const NearDuplicate: NearDuplicateResolvers = {
  publishedArticle: (row, _args, { loaders }) =>
    row.published ? loaders.publishedById.load(row.articleId) : null,
};
