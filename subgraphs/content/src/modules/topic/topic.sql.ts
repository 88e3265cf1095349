import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";

/** 专题: a page of a site gathering the published articles of several channels (of the site or its unit). */
export const topics = contentSchema.table(
  "topic",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    name: text("name").notNull(),
    /** URL segment under /zt/ of the site. */
    slug: text("slug").notNull(),
    description: text("description"),
    /** A media library image. */
    bannerImageId: uuid("banner_image_id"),
    /** Channels whose published articles the topic lists (of any site of the topic's unit). */
    sourceChannelIds: uuid("source_channel_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** Articles shown first, in this order (only while published). */
    pinnedArticleIds: uuid("pinned_article_ids").array().notNull().default(sql`'{}'::uuid[]`),
    sortOrder: integer("sort_order").notNull().default(0),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("topic_site_slug_uq").on(table.siteId, table.slug),
    index("topic_site_idx").on(table.siteId),
  ],
);

export type TopicRow = typeof topics.$inferSelect;
export type NewTopicRow = typeof topics.$inferInsert;
