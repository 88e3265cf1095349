import { createdAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, index, integer, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identitySchema } from "../../db/pg-schema";
import { users } from "../user/user.sql";

/**
 * Roles are data: seeded from server-kit's DEFAULT_ROLES and editable afterwards. `catalogueActions` remembers
 * which catalogue the row was last synced with, so an upgrade adds actions new to the catalogue (and drops ones
 * it no longer has) without undoing edits made to the row.
 */
export const roles = identitySchema.table("role", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  /** city | unit | site */
  scopeKinds: text("scope_kinds").array().notNull(),
  actions: text("actions").array().notNull(),
  catalogueActions: text("catalogue_actions").array(),
  stage: integer("stage"),
  exclusiveGroup: text("exclusive_group"),
  requiresTotp: boolean("requires_totp").notNull().default(false),
});

export const roleAssignments = identitySchema.table(
  "role_assignment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roleCode: text("role_code")
      .notNull()
      .references(() => roles.code),
    /** Both null = city-wide. A site assignment also records the site's unit. */
    unitId: uuid("unit_id"),
    siteId: uuid("site_id"),
    /** Copied from the role so the database itself enforces 三员分立, even under concurrent requests. */
    exclusiveGroup: text("exclusive_group"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("role_assignment_exclusive_uq")
      .on(table.userId, table.exclusiveGroup)
      .where(sql`${table.exclusiveGroup} is not null`),
    unique("role_assignment_uq")
      .on(table.userId, table.roleCode, table.unitId, table.siteId)
      .nullsNotDistinct(),
    index("role_assignment_user_idx").on(table.userId),
  ],
);

export type RoleRow = typeof roles.$inferSelect;
export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;
export type NewRoleAssignmentRow = typeof roleAssignments.$inferInsert;
