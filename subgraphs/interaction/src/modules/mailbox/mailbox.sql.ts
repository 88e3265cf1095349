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

/** How letters to the mailbox are handled: 咨询、投诉、建议、举报. */
export const LETTER_KINDS = ["consultation", "complaint", "suggestion", "report"] as const;
export const letterKind = interactionSchema.enum("letter_kind", LETTER_KINDS);

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
    letterKind: letterKind("letter_kind").notNull().default("consultation"),
    /** Working days to answer, counted from the next working day after acceptance. */
    deadlineWorkdays: integer("deadline_workdays").notNull().default(15),
    /** How often a dispatcher may send a reply back for rework (返工) after an unsatisfied rating. */
    maxReworks: integer("max_reworks").notNull().default(2),
    /** Who receives new letters: these users, and/or holders of this role in the unit. */
    recipientUserIds: uuid("recipient_user_ids").array().notNull().default(sql`'{}'::uuid[]`),
    recipientRole: text("recipient_role").default("letter_dispatcher"),
    /** The city-wide 统一窗口: letters whose responsible unit the citizen need not know (one per city). */
    isOneWindow: boolean("is_one_window").notNull().default(false),
    /** Whether visitors may write without an account, with a contact phone verified by a code. */
    allowAnonymous: boolean("allow_anonymous").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("mailbox_unit_name_uq").on(table.unitId, table.name),
    uniqueIndex("mailbox_unit_default_uq").on(table.unitId).where(sql`"is_default"`),
    index("mailbox_unit_idx").on(table.unitId),
    uniqueIndex("mailbox_one_window_uq").on(table.isOneWindow).where(sql`"is_one_window"`),
  ],
);

export type MailboxRow = typeof mailboxes.$inferSelect;
export type NewMailboxRow = typeof mailboxes.$inferInsert;
