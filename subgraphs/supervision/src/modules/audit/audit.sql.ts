import { bigint, index, jsonb, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { supervisionSchema } from "../../db/pg-schema";

/** The audit trail: every event of every subgraph with its actor. Append-only (a trigger refuses the rest). */
export const auditLog = supervisionSchema.table(
  "audit_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id").notNull().unique(),
    producer: text("producer").notNull(),
    seq: bigint("seq", { mode: "number" }).notNull(),
    type: text("type").notNull(),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    actorRoles: text("actor_roles").array().notNull().default([]),
    actorIp: text("actor_ip"),
    actorUserAgent: text("actor_user_agent"),
    requestId: text("request_id"),
    siteId: uuid("site_id"),
    unitId: uuid("unit_id"),
    aggregateType: text("aggregate_type").notNull(),
    aggregateId: text("aggregate_id").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    index("audit_log_occurred_idx").on(table.occurredAt),
    index("audit_log_type_idx").on(table.type),
    index("audit_log_actor_idx").on(table.actorId),
    index("audit_log_site_idx").on(table.siteId),
    index("audit_log_unit_idx").on(table.unitId),
  ],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
export type NewAuditLogRow = typeof auditLog.$inferInsert;
