import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { boolean, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";

export const UNIT_KINDS = [
  "party_committee",
  "mass_organization",
  "peoples_congress",
  "cppcc",
  "democratic_party",
  "district_committee",
  "other",
] as const;
export const unitKind = identitySchema.enum("unit_kind", UNIT_KINDS);
export const unitLevel = identitySchema.enum("unit_level", ["city", "district"]);

/** 单位: the organisation tree (city → district → unit). */
export const units = identitySchema.table(
  "unit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    shortName: text("short_name"),
    code: text("code").notNull().unique("unit_code_uq"),
    kind: unitKind("kind").notNull(),
    level: unitLevel("level").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    isDemo: boolean("is_demo").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index("unit_parent_idx").on(table.parentId)],
);

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;
