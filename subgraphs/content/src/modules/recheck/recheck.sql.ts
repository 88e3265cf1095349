import { bigint, index, integer, jsonb, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import type { StoredFinding } from "../textcheck/textcheck.types";

export const recheckStatus = contentSchema.enum("recheck_status", ["running", "done", "failed"]);

/** A batch re-check (全量复查) of published content with the lexicon in force: progress and totals. */
export const recheckRuns = contentSchema.table(
  "recheck_run",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** null: every online site of the platform. */
    siteId: uuid("site_id"),
    status: recheckStatus("status").notNull().default("running"),
    total: integer("total").notNull(),
    checked: integer("checked").notNull().default(0),
    articlesWithBlock: integer("articles_with_block").notNull().default(0),
    blockCount: integer("block_count").notNull().default(0),
    warnCount: integer("warn_count").notNull().default(0),
    /** The lexicon version the first batch used (a later version may apply to later batches: noted per item). */
    lexiconVersion: bigint("lexicon_version", { mode: "number" }),
    error: text("error"),
    startedBy: uuid("started_by").notNull(),
    startedByName: text("started_by_name").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [index("recheck_run_started_idx").on(table.startedAt)],
);

/** One published article's result in a run (block and warn findings only). */
export const recheckItems = contentSchema.table(
  "recheck_item",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => recheckRuns.id, { onDelete: "cascade" }),
    articleId: uuid("article_id").notNull(),
    siteId: uuid("site_id").notNull(),
    title: text("title").notNull(),
    lexiconVersion: bigint("lexicon_version", { mode: "number" }).notNull(),
    blockCount: integer("block_count").notNull(),
    warnCount: integer("warn_count").notNull(),
    findings: jsonb("findings").$type<StoredFinding[]>().notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.runId, table.articleId] }),
    index("recheck_item_block_idx").on(table.runId, table.blockCount),
  ],
);

export type RecheckRunRow = typeof recheckRuns.$inferSelect;
export type RecheckItemRow = typeof recheckItems.$inferSelect;
