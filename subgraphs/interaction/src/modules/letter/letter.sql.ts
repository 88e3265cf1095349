import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import type { StoredFinding } from "@jiyue/textcheck/runtime";
import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

export const LETTER_STATUSES = [
  "received",
  "not_accepted",
  "accepted",
  "handling",
  "awaiting_info",
  "reply_review",
  "reply_approved",
  "replied",
  "rated",
  "closed",
  /** 合并办理: follows another letter (the primary) and is answered with its reply. */
  "merged",
] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];
export const letterStatus = interactionSchema.enum("letter_status", LETTER_STATUSES);

export const LETTER_RATINGS = ["satisfied", "basically_satisfied", "unsatisfied"] as const;
export const letterRating = interactionSchema.enum("letter_rating", LETTER_RATINGS);

/** The text check of title and content at submission, with the lexicon version it used. */
export interface LetterCheckResult {
  lexiconVersion: number;
  findings: StoredFinding[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
  checkedAt: string;
}

/** Intervals while the letter waited for the citizen's information: they extend every clock. */
export interface LetterPause {
  from: string;
  to: string | null;
}

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** 信件: a citizen's letter to a mailbox, and where its handling stands. */
export const letters = interactionSchema.table(
  "letter",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mailboxId: uuid("mailbox_id").notNull(),
    /** The unit of the mailbox: its dispatchers accept, assign, close and send back for rework. */
    mailboxUnitId: uuid("mailbox_unit_id").notNull(),
    siteId: uuid("site_id"),
    citizenId: uuid("citizen_id"),
    contactPhone: text("contact_phone"),
    phoneVerified: boolean("phone_verified").notNull().default(false),
    title: text("title").notNull(),
    content: text("content").notNull(),
    category: text("category"),
    attachmentIds: uuid("attachment_ids").array().notNull().default(sql`'{}'::uuid[]`),
    publishable: boolean("publishable").notNull().default(false),
    /** sha256 of the query code (the code itself is derived, never stored). */
    queryCodeHash: text("query_code_hash").notNull(),
    idempotencyKey: text("idempotency_key"),
    status: letterStatus("status").notNull().default("received"),
    /** Who is responsible now: the mailbox's unit until assigned, then the lead handling unit. Never null. */
    ownerUnitId: uuid("owner_unit_id").notNull(),
    notAcceptedReason: text("not_accepted_reason"),
    acceptedAt: at("accepted_at"),
    /** Working days to answer, copied from the mailbox at acceptance. */
    deadlineWorkdays: integer("deadline_workdays").notNull().default(15),
    /** The citizen-facing deadline (keeps running across transfers; pauses extend it). */
    citizenDueOn: date("citizen_due_on", { mode: "string" }),
    pauses: jsonb("pauses").$type<LetterPause[]>().notNull().default([]),
    infoRequest: text("info_request"),
    draftReply: text("draft_reply"),
    reply: text("reply"),
    repliedAt: at("replied_at"),
    rating: letterRating("rating"),
    ratingComment: text("rating_comment"),
    reworkCount: integer("rework_count").notNull().default(0),
    closedAt: at("closed_at"),
    /** Block-level findings at submission: a dispatcher must look before accepting (never rejected). */
    held: boolean("held").notNull().default(false),
    checkResult: jsonb("check_result").$type<LetterCheckResult>(),
    lexiconVersion: integer("lexicon_version"),
    /** 合并办理: the primary letter this one follows while `merged` (kept afterwards as history). */
    mergedIntoId: uuid("merged_into_id"),
    /** Status and owner before the merge, restored when the letter is taken out again before the reply. */
    mergedFromStatus: letterStatus("merged_from_status"),
    mergedFromOwnerUnitId: uuid("merged_from_owner_unit_id"),
    /** Compare-and-set guard: two dispatchers acting at once cannot both win. */
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("letter_query_code_uq").on(table.queryCodeHash),
    uniqueIndex("letter_idempotency_uq").on(table.idempotencyKey),
    index("letter_owner_idx").on(table.ownerUnitId, table.status),
    index("letter_mailbox_unit_idx").on(table.mailboxUnitId, table.status),
    index("letter_citizen_idx").on(table.citizenId),
    index("letter_merged_into_idx").on(table.mergedIntoId),
  ],
);

/** Units handling a letter: one lead (the owner) and co-handlers (协办); each has its own clock. */
export const letterUnits = interactionSchema.table(
  "letter_unit",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    role: text("role").$type<"lead" | "co">().notNull(),
    /** The unit's clock starts when the letter reaches it. */
    startedAt: at("started_at").notNull().defaultNow(),
    /** Set when transferred away or co-handling ends; history is kept. */
    endedAt: at("ended_at"),
  },
  (table) => [
    index("letter_unit_letter_idx").on(table.letterId),
    index("letter_unit_unit_idx").on(table.unitId),
    uniqueIndex("letter_unit_active_uq").on(table.letterId, table.unitId).where(sql`"ended_at" is null`),
  ],
);

/** The timeline: every action on a letter, with actor, unit and time. */
export const letterActions = interactionSchema.table(
  "letter_action",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    letterId: uuid("letter_id").notNull(),
    action: text("action").notNull(),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name"),
    /** The unit acting, or the unit the action concerns (assigned/transferred to). */
    unitId: uuid("unit_id"),
    comment: text("comment"),
    at: at("at").notNull().defaultNow(),
  },
  (table) => [index("letter_action_letter_idx").on(table.letterId, table.at)],
);

/** Failed query-code lookups per address, to slow down guessing. */
export const queryCodeAttempts = interactionSchema.table(
  "query_code_attempt",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    address: text("address").notNull(),
    at: at("at").notNull().defaultNow(),
  },
  (table) => [index("query_code_attempt_idx").on(table.address, table.at)],
);

export type LetterRow = typeof letters.$inferSelect;
export type NewLetterRow = typeof letters.$inferInsert;
export type LetterUnitRow = typeof letterUnits.$inferSelect;
export type LetterActionRow = typeof letterActions.$inferSelect;
