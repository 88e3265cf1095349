import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import type { StoredFinding } from "@jiyue/textcheck/runtime";
import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

export const SOLICITATION_STATUSES = ["draft", "open", "closed", "feedback_published"] as const;
export type SolicitationStatus = (typeof SOLICITATION_STATUSES)[number];
export const solicitationStatus = interactionSchema.enum("solicitation_status", SOLICITATION_STATUSES);

export const ADOPTIONS = ["adopted", "partly_adopted", "not_adopted"] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const solicitationAdoption = interactionSchema.enum("solicitation_adoption", ADOPTIONS);

export const QUESTION_KINDS = ["text", "single", "multiple"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question of a campaign; ids are assigned by position when the draft is saved (q1, q2, …). */
export interface SolicitationQuestion {
  id: string;
  kind: QuestionKind;
  title: string;
  /** Choices of a single/multiple choice question (empty for free text). */
  options: string[];
  required: boolean;
}

/** One answer: free text, or the chosen option labels. */
export interface SolicitationAnswer {
  questionId: string;
  text: string | null;
  choices: string[];
}

/** The text check of a submission's free-text answers, with the lexicon version it used. */
export interface SubmissionCheckResult {
  lexiconVersion: number;
  findings: StoredFinding[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
  checkedAt: string;
}

/** 采纳情况 as published: counts per tag, a written summary and selected opinions without personal data. */
export interface SolicitationFeedback {
  summary: string;
  total: number;
  adopted: number;
  partlyAdopted: number;
  notAdopted: number;
  highlights: { submissionId: string; adoption: Adoption; text: string }[];
  publishedAt: string;
}

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** 意见征集: a campaign of a unit, shown on its target sites' portals between start and end. */
export const solicitations = interactionSchema.table(
  "solicitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id").notNull(),
    title: text("title").notNull(),
    /** Plain text (paragraphs separated by blank lines). */
    description: text("description").notNull(),
    /** The draft document: a published file's URL (e.g. from the media library) and its display name. */
    documentUrl: text("document_url"),
    documentName: text("document_name"),
    documentMediaId: uuid("document_media_id"),
    questions: jsonb("questions").$type<SolicitationQuestion[]>().notNull().default([]),
    siteIds: uuid("site_ids").array().notNull().default(sql`'{}'::uuid[]`),
    allowAnonymous: boolean("allow_anonymous").notNull().default(false),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    status: solicitationStatus("status").notNull().default("draft"),
    openedAt: at("opened_at"),
    closedAt: at("closed_at"),
    /** Set when staff closed the campaign before its end. */
    closedReason: text("closed_reason"),
    feedback: jsonb("feedback").$type<SolicitationFeedback>(),
    /** When solicitation.started / solicitation.ended were emitted for the clock reaching start / end. */
    startAnnouncedAt: at("start_announced_at"),
    endAnnouncedAt: at("end_announced_at"),
    createdBy: text("created_by"),
    /** Compare-and-set guard for concurrent edits. */
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index("solicitation_unit_idx").on(table.unitId, table.status),
    index("solicitation_sites_idx").using("gin", table.siteIds),
  ],
);

/** A citizen's (or an anonymous visitor's) answers to a campaign, and the staff's adoption tag. */
export const solicitationSubmissions = interactionSchema.table(
  "solicitation_submission",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    solicitationId: uuid("solicitation_id").notNull(),
    /** Copied from the campaign: the tenant column. */
    unitId: uuid("unit_id").notNull(),
    siteId: uuid("site_id"),
    citizenId: uuid("citizen_id"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    answers: jsonb("answers").$type<SolicitationAnswer[]>().notNull(),
    idempotencyKey: text("idempotency_key"),
    address: text("address"),
    /** Block-level findings: held for a staff member's look (never rejected). */
    held: boolean("held").notNull().default(false),
    checkResult: jsonb("check_result").$type<SubmissionCheckResult>(),
    lexiconVersion: integer("lexicon_version"),
    adoption: solicitationAdoption("adoption"),
    adoptionReason: text("adoption_reason"),
    reviewedAt: at("reviewed_at"),
    reviewedBy: text("reviewed_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("solicitation_submission_idempotency_uq").on(table.idempotencyKey),
    index("solicitation_submission_campaign_idx").on(table.solicitationId, table.createdAt),
    index("solicitation_submission_citizen_idx").on(table.citizenId, table.createdAt),
    index("solicitation_submission_address_idx").on(table.address, table.createdAt),
  ],
);

/** The minimum open period: a platform row (scope 'platform') and optional per-unit rows (scope = unit id). */
export const solicitationSettings = interactionSchema.table("solicitation_setting", {
  scope: text("scope").primaryKey(),
  minOpenDays: integer("min_open_days").notNull(),
  updatedAt: updatedAt(),
});

export type SolicitationRow = typeof solicitations.$inferSelect;
export type NewSolicitationRow = typeof solicitations.$inferInsert;
export type SubmissionRow = typeof solicitationSubmissions.$inferSelect;
export type NewSubmissionRow = typeof solicitationSubmissions.$inferInsert;
