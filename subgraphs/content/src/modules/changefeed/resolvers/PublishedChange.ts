import type { PublishedChangeResolvers } from "../../../generated/resolvers-types";
import { encodeCursor } from "../changefeed.cursor";

/** `article` is the article's live snapshot now (a later update shows through; a takedown gives null). */
export const PublishedChange: PublishedChangeResolvers = {
  cursor: (row) => encodeCursor(row.seq),
  article: (row, _args, { loaders }) =>
    row.kind === "withdrawn" ? null : loaders.publishedById.load(row.articleId),
};
