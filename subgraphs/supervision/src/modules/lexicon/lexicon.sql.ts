import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { supervisionSchema } from "../../db/pg-schema";

/** 敏感词、错别字、不规范表述、禁用词；受保护人名（含职务）和规则（正则表达式）。 */
export const lexiconKind = supervisionSchema.enum("lexicon_kind", [
  "sensitive",
  "typo",
  "wording",
  "forbidden",
  "name",
  "pattern",
]);
/** 阻断发布、提醒、提示。 */
export const lexiconLevel = supervisionSchema.enum("lexicon_level", ["block", "warn", "info"]);
/** 市级词条对全市生效；单位词条只对该单位的站点生效。 */
export const lexiconScope = supervisionSchema.enum("lexicon_scope", ["city", "unit"]);

export const lexiconEntries = supervisionSchema.table(
  "lexicon_entry",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    term: text("term").notNull(),
    kind: lexiconKind("kind").notNull(),
    level: lexiconLevel("level").notNull().default("warn"),
    /** The replacement to suggest (e.g. the right spelling of a typo). */
    suggestion: text("suggestion"),
    scope: lexiconScope("scope").notNull(),
    unitId: uuid("unit_id"),
    note: text("note"),
    /** Where the entry comes from (guidance, data set, licence) — required for curated imports. */
    source: text("source"),
    /** A disabled entry stays in the lexicon (and its history) but is not compiled. */
    enabled: boolean("enabled").notNull().default(true),
    /** For kind "name": titles that make a near miss of the name block-level. */
    titles: text("titles").array().notNull().default(sql`'{}'::text[]`),
    /** For kind "pattern": the finding category (wording, number …); default wording. */
    category: text("category"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    // City entries have no unit: NULLS NOT DISTINCT keeps one city entry per term and kind.
    unique("lexicon_entry_scope_unit_term_kind_uq")
      .on(table.scope, table.unitId, table.term, table.kind)
      .nullsNotDistinct(),
    check("lexicon_entry_scope_unit_ck", sql`("scope" = 'city') = ("unit_id" is null)`),
    index("lexicon_entry_unit_idx").on(table.unitId),
  ],
);

/** A unit exempts a city entry for its sites. */
export const lexiconExemptions = supervisionSchema.table(
  "lexicon_exemption",
  {
    unitId: uuid("unit_id").notNull(),
    entryId: uuid("entry_id")
      .notNull()
      .references(() => lexiconEntries.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.unitId, table.entryId] })],
);

export type LexiconEntryRow = typeof lexiconEntries.$inferSelect;
export type NewLexiconEntryRow = typeof lexiconEntries.$inferInsert;
export type LexiconExemptionRow = typeof lexiconExemptions.$inferSelect;

/**
 * The lexicon's version: one row, bumped (row-locked) in the same transaction as every change, so versions
 * increase in commit order and a consumer holding version N has seen every change up to N.
 */
export const lexiconState = supervisionSchema.table("lexicon_state", {
  id: integer("id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
  /** Version at which the curated starter set was loaded (null = not yet). */
  starterSeededAt: bigint("starter_seeded_at", { mode: "number" }),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
