import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, index, integer, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

/** 领导信箱、综合信箱、投诉举报、咨询。 */
export const mailboxKind = interactionSchema.enum("mailbox_kind", [
  "leader",
  "general",
  "complaint",
  "consult",
]);

export const mailboxes = interactionSchema.table(
  "mailbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id").notNull(),
    /** null = shown on every site of the unit. */
    siteId: uuid("site_id"),
    name: text("name").notNull(),
    description: text("description"),
    kind: mailboxKind("kind").notNull().default("general"),
    isPublic: boolean("is_public").notNull().default(true),
    /** The mailbox every unit gets when it is created (one per unit). */
    isDefault: boolean("is_default").notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("mailbox_unit_name_uq").on(table.unitId, table.name),
    uniqueIndex("mailbox_unit_default_uq").on(table.unitId).where(sql`"is_default"`),
    index("mailbox_unit_idx").on(table.unitId),
  ],
);

export type MailboxRow = typeof mailboxes.$inferSelect;
export type NewMailboxRow = typeof mailboxes.$inferInsert;
