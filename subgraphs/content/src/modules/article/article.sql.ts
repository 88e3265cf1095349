import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  index,
  integer,
  jsonb,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { channels } from "../channel/channel.sql";

export const articleStatus = contentSchema.enum("article_status", [
  "draft",
  "in_review",
  "approved",
  "published",
  "withdrawn",
]);

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const articles = contentSchema.table(
  "article",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    // A channel that still holds articles (or their revisions) cannot be deleted.
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "restrict" }),
    status: articleStatus("status").notNull().default("draft"),
    /** Latest revision (no foreign key: article and its first revision are written together). */
    currentRevisionId: uuid("current_revision_id").notNull(),
    /** The live snapshot; null when never published or withdrawn. */
    publishedRevisionId: uuid("published_revision_id"),
    /** 1-based stage while IN_REVIEW, else null. */
    reviewStage: integer("review_stage"),
    /** Incremented on every submit: transitions of one review round share it. */
    reviewRound: integer("review_round").notNull().default(0),
    pinned: boolean("pinned").notNull().default(false),
    pinnedUntil: at("pinned_until"),
    headline: boolean("headline").notNull().default(false),
    carousel: boolean("carousel").notNull().default(false),
    /** First publication. */
    publishedAt: at("published_at"),
    /** Latest (re-)publication of a revision. */
    lastPublishedAt: at("last_published_at"),
    scheduledPublishAt: at("scheduled_publish_at"),
    scheduledUnpublishAt: at("scheduled_unpublish_at"),
    scheduledUnpublishReason: text("scheduled_unpublish_reason"),
    withdrawReason: text("withdraw_reason"),
    deletedAt: at("deleted_at"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** Optimistic lock: every state change bumps it. */
    version: integer("version").notNull().default(1),
    /** 信息报送: an accepted copy links to its origin article and site (null for original articles). */
    originArticleId: uuid("origin_article_id").references((): AnyPgColumn => articles.id, {
      onDelete: "set null",
    }),
    originSiteId: uuid("origin_site_id"),
  },
  (table) => [
    index("article_site_idx").on(table.siteId, table.updatedAt),
    index("article_channel_idx").on(table.channelId),
    index("article_unit_idx").on(table.unitId),
    index("article_public_idx")
      .on(table.siteId, table.publishedAt)
      .where(sql`${table.publishedRevisionId} is not null and ${table.deletedAt} is null`),
    index("article_review_idx").on(table.status, table.siteId),
  ],
);

export interface AttachmentRef {
  mediaId: string;
  name: string;
}

export const revisions = contentSchema.table(
  "revision",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    subtitle: text("subtitle"),
    source: text("source"),
    author: text("author"),
    editorOfRecord: text("editor_of_record"),
    summary: text("summary"),
    /** Sanitised HTML (allowlist, see sanitize.ts). */
    body: text("body").notNull(),
    coverImageId: uuid("cover_image_id"),
    attachments: jsonb("attachments").$type<AttachmentRef[]>().notNull().default([]),
    keywords: text("keywords").array().notNull().default(sql`'{}'::text[]`),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    // A channel that still holds articles (or their revisions) cannot be deleted.
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "restrict" }),
    note: text("note"),
    basedOnRevisionId: uuid("based_on_revision_id"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("revision_article_number_uq").on(table.articleId, table.number),
    index("revision_site_idx").on(table.siteId),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
export type NewArticleRow = typeof articles.$inferInsert;
export type RevisionRow = typeof revisions.$inferSelect;
export type NewRevisionRow = typeof revisions.$inferInsert;
export type ArticleStatusValue = ArticleRow["status"];
