// Shared column helpers: uuid ids, timestamps, tenant columns.
import { timestamp, uuid } from "drizzle-orm/pg-core";

export const id = () => uuid("id").primaryKey().defaultRandom();
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
/** Tenant columns: every row of tenant data carries its site or unit (future distribution key). */
export const siteId = () => uuid("site_id").notNull();
export const unitId = () => uuid("unit_id").notNull();
export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });
