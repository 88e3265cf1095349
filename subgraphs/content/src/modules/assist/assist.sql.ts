import { bigint, index, integer, uuid } from "drizzle-orm/pg-core";
import { contentSchema } from "../../db/pg-schema";
import { articles, revisions } from "../article/article.sql";

/**
 * SimHash of a revision's text (title + body), for near-duplicate warnings across the platform. The 64-bit hash
 * is also split into four 16-bit bands, each indexed: two hashes within Hamming distance 3 agree on at least
 * one band (pigeonhole), so candidates are found by equality and the exact distance is computed afterwards.
 * Written lazily (assist.repository.ts backfills revisions that lack one), so imports need no hook.
 */
export const revisionFingerprints = contentSchema.table(
  "revision_fingerprint",
  {
    revisionId: uuid("revision_id")
      .primaryKey()
      .references(() => revisions.id, { onDelete: "cascade" }),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    siteId: uuid("site_id").notNull(),
    unitId: uuid("unit_id").notNull(),
    /** The unsigned 64-bit SimHash stored as a signed bigint. */
    simhash: bigint("simhash", { mode: "bigint" }).notNull(),
    band0: integer("band0").notNull(),
    band1: integer("band1").notNull(),
    band2: integer("band2").notNull(),
    band3: integer("band3").notNull(),
  },
  (table) => [
    index("revision_fingerprint_band0_idx").on(table.band0),
    index("revision_fingerprint_band1_idx").on(table.band1),
    index("revision_fingerprint_band2_idx").on(table.band2),
    index("revision_fingerprint_band3_idx").on(table.band3),
    index("revision_fingerprint_article_idx").on(table.articleId),
  ],
);

export type RevisionFingerprintRow = typeof revisionFingerprints.$inferSelect;
