import { createdAt } from "@jiyue/server-kit/db";
import { bigint, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";

export const mediaKind = contentSchema.enum("media_kind", ["image", "file"]);
/** private: the owning site only; unit: every site of the owning unit; city: shared with all units. */
export const mediaVisibility = contentSchema.enum("media_visibility", ["private", "unit", "city"]);

export const mediaAssets = contentSchema.table(
  "media_asset",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    kind: mediaKind("kind").notNull(),
    originalName: text("original_name").notNull(),
    /** Relative to the media directory, content-addressed (sha256). */
    storedPath: text("stored_path").notNull(),
    /** Detected from the content, never from the name. */
    mimeType: text("mime_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    width: integer("width"),
    height: integer("height"),
    thumbPath: text("thumb_path"),
    visibility: mediaVisibility("visibility").notNull().default("private"),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    index("media_asset_site_idx").on(table.siteId, table.createdAt),
    index("media_asset_shared_idx").on(table.visibility, table.unitId),
  ],
);

/** Text of a document asset (docx, PDF text layer, txt), extracted at upload for the text check. Kept apart so
 * library listings never load it. */
export const mediaTexts = contentSchema.table("media_text", {
  mediaId: uuid("media_id")
    .primaryKey()
    .references(() => mediaAssets.id, { onDelete: "cascade" }),
  text: text("text").notNull(),
});

export type MediaAssetRow = typeof mediaAssets.$inferSelect;
export type NewMediaAssetRow = typeof mediaAssets.$inferInsert;
export type MediaKindValue = MediaAssetRow["kind"];
export type MediaVisibilityValue = MediaAssetRow["visibility"];
