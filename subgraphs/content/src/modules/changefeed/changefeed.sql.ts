import { bigserial, index, timestamp, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";

export const publishedChangeKind = contentSchema.enum("published_change_kind", [
  "published",
  "updated",
  "withdrawn",
]);

/**
 * The third-party change feed: one append-only row per publication change, written in the publishing
 * transaction (changefeed.listener.ts). `seq` is the cursor. Rows are written under the content outbox's
 * transaction-scoped advisory lock, so seq order equals commit order and a reader never skips a row that
 * commits later with a smaller seq. No foreign key: the history outlives purged articles.
 */
export const publishedChanges = contentSchema.table(
  "published_change",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    articleId: uuid("article_id").notNull(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    channelId: uuid("channel_id").notNull(),
    kind: publishedChangeKind("kind").notNull(),
    /** published/updated: the revision now live; withdrawn: the one that was live. */
    revisionId: uuid("revision_id").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("published_change_site_idx").on(table.siteId, table.seq),
    index("published_change_unit_idx").on(table.unitId, table.seq),
  ],
);

export type PublishedChangeRow = typeof publishedChanges.$inferSelect;
