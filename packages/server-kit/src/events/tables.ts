// Event tables that every subgraph schema includes: its outbox, the relay position, and its consumers' state.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  type PgSchema,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { EventActor } from "./types";

export function eventTables(schema: PgSchema) {
  const outbox = schema.table(
    "outbox",
    {
      seq: bigserial("seq", { mode: "number" }).primaryKey(),
      id: uuid("id").notNull().unique().defaultRandom(),
      type: text("type").notNull(),
      aggregateType: text("aggregate_type").notNull(),
      aggregateId: text("aggregate_id").notNull(),
      siteId: uuid("site_id"),
      unitId: uuid("unit_id"),
      payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
      actor: jsonb("actor").$type<EventActor>().notNull(),
      occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    },
    (table) => [index("outbox_type_idx").on(table.type)],
  );
  const outboxRelay = schema.table("outbox_relay", {
    id: integer("id").primaryKey().default(1),
    relayedSeq: bigint("relayed_seq", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().default(sql`now()`),
  });
  const eventInbox = schema.table(
    "event_inbox",
    {
      consumer: text("consumer").notNull(),
      eventId: uuid("event_id").notNull(),
      producer: text("producer").notNull(),
      seq: bigint("seq", { mode: "number" }).notNull(),
      processedAt: timestamp("processed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ columns: [table.consumer, table.eventId] })],
  );
  const eventCursor = schema.table(
    "event_cursor",
    {
      consumer: text("consumer").notNull(),
      producer: text("producer").notNull(),
      lastSeq: bigint("last_seq", { mode: "number" }).notNull().default(0),
      updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    },
    (table) => [primaryKey({ columns: [table.consumer, table.producer] })],
  );
  return { outbox, outboxRelay, eventInbox, eventCursor };
}
