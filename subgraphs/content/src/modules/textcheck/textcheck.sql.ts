import { createdAt } from "@jiyue/server-kit/db";
import { bigint, index, integer, jsonb, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles } from "../article/article.sql";
import type { StoredFinding } from "./textcheck.types";

/** The check attached to a revision when it is submitted (the reviewer sees what the editor saw). */
export const checkResults = contentSchema.table(
  "check_result",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id").notNull(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    lexiconVersion: bigint("lexicon_version", { mode: "number" }).notNull(),
    findings: jsonb("findings").$type<StoredFinding[]>().notNull(),
    blockCount: integer("block_count").notNull(),
    warnCount: integer("warn_count").notNull(),
    hintCount: integer("hint_count").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [unique("check_result_revision_uq").on(table.revisionId)],
);

/**
 * A finding set aside for one revision, with the reason: a block-level one accepted by a check.override holder
 * (kind "override", the publish gate lets it pass), or a warning or hint the editor ignored (kind "ignore",
 * shown to reviewers; it changes nothing at the gate).
 */
export const checkOverrides = contentSchema.table(
  "check_override",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id").notNull(),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    kind: text("kind").$type<"override" | "ignore">().notNull().default("override"),
    findingKey: text("finding_key").notNull(),
    ruleId: text("rule_id").notNull(),
    text: text("text").notNull(),
    reason: text("reason").notNull(),
    lexiconVersion: bigint("lexicon_version", { mode: "number" }).notNull(),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique("check_override_revision_key_uq").on(table.revisionId, table.findingKey),
    index("check_override_article_idx").on(table.articleId),
  ],
);

export type CheckResultRow = typeof checkResults.$inferSelect;
export type CheckOverrideRow = typeof checkOverrides.$inferSelect;
export type NewCheckOverrideRow = typeof checkOverrides.$inferInsert;
