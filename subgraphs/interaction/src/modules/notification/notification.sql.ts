import { createdAt } from "@jiyue/server-kit/db";
import { index, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

export const NOTIFICATION_KINDS = ["reply_published", "info_requested"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKind = interactionSchema.enum("notification_kind", NOTIFICATION_KINDS);

/**
 * 站内通知 for a citizen about their own letter (reply published, more information requested), written in
 * the transaction of the letter step that caused it. Deleted with the citizen's account.
 */
export const citizenNotifications = interactionSchema.table(
  "citizen_notification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citizenId: uuid("citizen_id").notNull(),
    letterId: uuid("letter_id").notNull(),
    kind: notificationKind("kind").notNull(),
    /** The letter's title when it happened (the citizen's own text). */
    letterTitle: text("letter_title").notNull(),
    /** What the unit asked for (info_requested). */
    detail: text("detail"),
    readAt: timestamp("read_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (table) => [index("citizen_notification_citizen_idx").on(table.citizenId, table.createdAt)],
);

export type CitizenNotificationRow = typeof citizenNotifications.$inferSelect;
export type NewCitizenNotificationRow = typeof citizenNotifications.$inferInsert;
