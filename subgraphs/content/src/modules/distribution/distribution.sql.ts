import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, index, integer, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles } from "../article/article.sql";

export const distributionFormat = contentSchema.enum("distribution_format", [
  "wechat_mp",
  "weibo",
  "app",
  "generic",
]);
export const deliveryKind = contentSchema.enum("delivery_kind", ["publish", "update", "retract"]);
export const deliveryStatus = contentSchema.enum("delivery_status", [
  "pending",
  "retrying",
  "succeeded",
  "failed",
  "cancelled",
]);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A new-media endpoint of one site (新媒体分发目标). Deleted targets stay (soft delete) for the delivery log. */
export const distributionTargets = contentSchema.table(
  "distribution_target",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    name: text("name").notNull(),
    format: distributionFormat("format").notNull(),
    url: text("url").notNull(),
    /** HMAC-SHA256 key, hex of 32 random bytes; only distribution.manage holders read it. */
    secret: text("secret").notNull(),
    /** Which changes are sent: publish / update / retract. */
    events: deliveryKind("events").array().notNull().default(sql`'{publish,update,retract}'`),
    enabled: boolean("enabled").notNull().default(true),
    /** WeChat-MP format: create drafts (action "draft") instead of publishing directly. */
    draftOnly: boolean("draft_only").notNull().default(false),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: at("deleted_at"),
  },
  (table) => [index("distribution_target_site_idx").on(table.siteId)],
);

/**
 * One change of one article sent to one target. `body` holds the exact JSON bytes sent on every attempt; the
 * row is also the durable queue state: due rows (pending/retrying, next_attempt_at passed, no live lease) are
 * sent, one attempt at a time, by whichever replica claims the lease.
 */
export const deliveries = contentSchema.table(
  "delivery",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    targetId: uuid("target_id")
      .notNull()
      .references(() => distributionTargets.id),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** The published revision the payload was built from (for retract: the one that was live). */
    revisionId: uuid("revision_id").notNull(),
    kind: deliveryKind("kind").notNull(),
    body: text("body").notNull(),
    status: deliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** `attempts` when the current round began (creation or manual re-send): the retry budget counts from it. */
    roundStart: integer("round_start").notNull().default(0),
    lastResponseStatus: integer("last_response_status"),
    lastError: text("last_error"),
    lastAttemptAt: at("last_attempt_at"),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    leaseToken: uuid("lease_token"),
    leaseUntil: at("lease_until"),
    deliveredAt: at("delivered_at"),
    createdAt: createdAt(),
  },
  (table) => [
    index("delivery_site_idx").on(table.siteId, table.createdAt),
    index("delivery_article_idx").on(table.articleId, table.targetId),
    index("delivery_due_idx").on(table.nextAttemptAt).where(sql`${table.status} in ('pending', 'retrying')`),
  ],
);

export type DistributionTargetRow = typeof distributionTargets.$inferSelect;
export type NewDistributionTargetRow = typeof distributionTargets.$inferInsert;
export type DeliveryRow = typeof deliveries.$inferSelect;
export type NewDeliveryRow = typeof deliveries.$inferInsert;
export type DeliveryKindValue = DeliveryRow["kind"];
export type DeliveryStatusValue = DeliveryRow["status"];
export type DistributionFormatValue = DistributionTargetRow["format"];
