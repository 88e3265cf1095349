import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";

export const channelKind = contentSchema.enum("channel_kind", ["list", "page", "link"]);
/** Update-frequency class (used by inspections): dynamic news 14 days, notices 6 months, other 1 year. */
export const updateClass = contentSchema.enum("update_class", ["dynamic", "notice", "other"]);

/** A site's channel paths are unique; the service names this index in its CONFLICT message. */
export const CHANNEL_PATH_UNIQUE = "channel_site_path_uq";

export const channels = contentSchema.table(
  "channel",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    /** URL path of the channel inside its site, e.g. "gzdt" or "dwgk/zzjs". */
    path: text("path").notNull(),
    kind: channelKind("kind").notNull().default("list"),
    linkUrl: text("link_url"),
    updateClass: updateClass("update_class").notNull().default("other"),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex(CHANNEL_PATH_UNIQUE).on(table.siteId, table.path),
    index("channel_site_idx").on(table.siteId),
    index("channel_parent_idx").on(table.parentId),
  ],
);

export type ChannelRow = typeof channels.$inferSelect;
export type NewChannelRow = typeof channels.$inferInsert;
