import { index, integer, timestamp, uuid } from "drizzle-orm/pg-core";
import { evaluationSchema } from "../../db/pg-schema";

/** Counts per site, kept up to date from events (never computed from other subgraphs' tables). */
export const siteStats = evaluationSchema.table(
  "site_stats",
  {
    siteId: uuid("site_id").primaryKey(),
    unitId: uuid("unit_id"),
    channelCount: integer("channel_count").notNull().default(0),
    /** Mailboxes bound to this site only; the unit-wide ones are counted in unit_stats. */
    mailboxCount: integer("mailbox_count").notNull().default(0),
    publishedArticleCount: integer("published_article_count").notNull().default(0),
    letterCount: integer("letter_count").notNull().default(0),
    /** Every event that carried this site. */
    changeCount: integer("change_count").notNull().default(0),
    lastChangeAt: timestamp("last_change_at", { withTimezone: true, mode: "date" }),
  },
  (table) => [index("site_stats_unit_idx").on(table.unitId)],
);

/** Counts per unit, for what belongs to a unit rather than a site (unit-wide mailboxes). */
export const unitStats = evaluationSchema.table("unit_stats", {
  unitId: uuid("unit_id").primaryKey(),
  mailboxCount: integer("mailbox_count").notNull().default(0),
  changeCount: integer("change_count").notNull().default(0),
  lastChangeAt: timestamp("last_change_at", { withTimezone: true, mode: "date" }),
});

export type SiteStatsRow = typeof siteStats.$inferSelect;
export type UnitStatsRow = typeof unitStats.$inferSelect;
