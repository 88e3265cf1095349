import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const KNOWLEDGE_SOURCES = ["letter", "curated"] as const;
export type KnowledgeSource = (typeof KNOWLEDGE_SOURCES)[number];
export type KnowledgeStatus = "published" | "withdrawn";

/**
 * 智库条目: an answered letter the citizen allowed to publish (one row per letter, kept in step with it in the
 * letter's own transactions) or a Q&A curated by a unit. Only published rows are public; every text here has
 * been through maskPersonalData. The pg_trgm index on title is in the custom migration knowledge_trgm.
 */
export const knowledgeEntries = interactionSchema.table(
  "knowledge_entry",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    source: text("source").$type<KnowledgeSource>().notNull(),
    /** The answered letter (source = letter); withdrawn while the letter is reworked, updated on re-publishing. */
    letterId: uuid("letter_id"),
    /** The answering unit (for letters: the owner unit when the reply was published). */
    unitId: uuid("unit_id").notNull(),
    siteId: uuid("site_id"),
    status: text("status").$type<KnowledgeStatus>().notNull().default("published"),
    category: text("category"),
    title: text("title").notNull(),
    question: text("question").notNull(),
    answer: text("answer").notNull(),
    answeredAt: at("answered_at").notNull(),
    helpfulCount: integer("helpful_count").notNull().default(0),
    unhelpfulCount: integer("unhelpful_count").notNull().default(0),
    /** jieba search-mode tokens: title weight A, question B, answer C. */
    tokens: tsvector("tokens").notNull(),
    createdById: text("created_by_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex("knowledge_entry_letter_uq").on(table.letterId).where(sql`"letter_id" is not null`),
    index("knowledge_entry_tokens_idx").using("gin", table.tokens),
    index("knowledge_entry_list_idx").on(table.status, table.answeredAt),
    index("knowledge_entry_unit_idx").on(table.unitId, table.status),
  ],
);

/** One "was this helpful" vote per visitor and entry; `address` (hashed) bounds how fast one address votes. */
export const knowledgeVotes = interactionSchema.table(
  "knowledge_vote",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => knowledgeEntries.id, { onDelete: "cascade" }),
    voterKey: text("voter_key").notNull(),
    addressKey: text("address_key").notNull(),
    helpful: boolean("helpful").notNull(),
    at: at("at").notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("knowledge_vote_voter_uq").on(table.entryId, table.voterKey),
    index("knowledge_vote_address_idx").on(table.addressKey, table.at),
  ],
);

export type KnowledgeEntryRow = typeof knowledgeEntries.$inferSelect;
export type NewKnowledgeEntryRow = typeof knowledgeEntries.$inferInsert;
export type KnowledgeVoteRow = typeof knowledgeVotes.$inferSelect;
