// 信息报送 / 采用: one row per push of an origin article's published snapshot to a channel of another site.
import { createdAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { index, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles } from "../article/article.sql";

export const pushStatus = contentSchema.enum("push_status", [
  "pending",
  "accepted",
  "declined",
  "superseded",
  "withdrawn",
]);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const articlePushes = contentSchema.table(
  "article_push",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // A purged origin takes its push history with it; a purged copy leaves the push (copy link cleared).
    originArticleId: uuid("origin_article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    originSiteId: uuid("origin_site_id").notNull(),
    originUnitId: uuid("origin_unit_id").notNull(),
    /** The origin's published revision at push time: the snapshot that travels (never a draft). */
    originRevisionId: uuid("origin_revision_id").notNull(),
    targetSiteId: uuid("target_site_id").notNull(),
    targetUnitId: uuid("target_unit_id").notNull(),
    targetChannelId: uuid("target_channel_id").notNull(),
    status: pushStatus("status").notNull().default("pending"),
    note: text("note"),
    pushedBy: uuid("pushed_by").notNull(),
    pushedByName: text("pushed_by_name").notNull(),
    pushedAt: at("pushed_at").notNull().defaultNow(),
    decidedBy: uuid("decided_by"),
    decidedByName: text("decided_by_name"),
    decidedAt: at("decided_at"),
    declineReason: text("decline_reason"),
    /** The target site's copy: set on acceptance, and on a re-push of an origin already accepted there. */
    copyArticleId: uuid("copy_article_id").references(() => articles.id, { onDelete: "set null" }),
    /** Set when the origin's takedown withdrew this push (and its copy); one takedown shares one time. */
    withdrawnAt: at("withdrawn_at"),
    createdAt: createdAt(),
  },
  (table) => [
    // One pending push per origin and target channel; a concurrent duplicate fails as CONFLICT.
    uniqueIndex("article_push_pending_uq")
      .on(table.originArticleId, table.targetChannelId)
      .where(sql`${table.status} = 'pending'`),
    index("article_push_origin_idx").on(table.originArticleId),
    index("article_push_target_idx").on(table.targetSiteId, table.status, table.pushedAt),
    index("article_push_copy_idx").on(table.copyArticleId),
  ],
);

export type ArticlePushRow = typeof articlePushes.$inferSelect;
export type NewArticlePushRow = typeof articlePushes.$inferInsert;
export type PushStatusValue = ArticlePushRow["status"];
