import { createdAt, updatedAt } from "@jiyue/server-kit/db";
import { sql } from "drizzle-orm";
import { check, index, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { supervisionSchema } from "../../db/pg-schema";

/** 敏感词、错别字、不规范表述、禁用词。 */
export const lexiconKind = supervisionSchema.enum("lexicon_kind", [
  "sensitive",
  "typo",
  "wording",
  "forbidden",
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
