import { customType, index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles } from "../article/article.sql";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * One row per live article (published, not withdrawn, not in the recycle bin), written in the same transaction
 * as the state change (see search.indexer.ts). Drafts are never here. Site status is checked at query time.
 * The pg_trgm index on title is in the custom migration search_indexes (drizzle cannot express opclasses).
 */
export const searchDocuments = contentSchema.table(
  "search_document",
  {
    articleId: uuid("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    channelId: uuid("channel_id").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    bodyText: text("body_text").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }).notNull(),
    /** jieba search-mode tokens: title weight A, summary B, body C. */
    tokens: tsvector("tokens").notNull(),
  },
  (table) => [
    index("search_document_tokens_idx").using("gin", table.tokens),
    index("search_document_site_idx").on(table.siteId, table.channelId),
  ],
);

export type SearchDocumentRow = typeof searchDocuments.$inferSelect;
