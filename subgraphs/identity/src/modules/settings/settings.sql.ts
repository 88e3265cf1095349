import { updatedAt } from "@jiyue/server-kit/db";
import { jsonb, text } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

/** Platform-wide settings, one row per key (e.g. grey_mode → {"enabled": true}). */
export const platformSettings = identitySchema.table("platform_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
});

export type PlatformSettingRow = typeof platformSettings.$inferSelect;
