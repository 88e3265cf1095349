// The only place with SQL for the knowledge base: entries with their jieba tsvector, votes, and the two kinds of
// search — AND of a query's words (or a partial title match served by pg_trgm) for the search box, and "how many
// of these keywords does it contain" for suggestions and similar replies.
import { searchTokens } from "@jiyue/content-text";
import { and, count, desc, eq, gte, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { InteractionDb } from "../../context";
import { siteRef } from "../../db/schema";
import {
  type KnowledgeEntryRow,
  type KnowledgeVoteRow,
  knowledgeEntries,
  knowledgeVotes,
  type NewKnowledgeEntryRow,
} from "./knowledge.sql";

export type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

export interface KnowledgeText {
  title: string;
  question: string;
  answer: string;
}

export interface KnowledgeWhere {
  /** Words of the query, all required (to_tsquery AND). */
  tokens: string[];
  /** The whole query, for partial title matches. */
  phrase: string | null;
  category?: string | null;
  /** Entries written on the site, or answered by the site's unit. */
  siteId?: string | null;
  unitIds?: readonly string[] | null;
  /** Staff lists see withdrawn entries of their units too. */
  includeWithdrawn?: boolean;
}

export interface MatchRow {
  entry: KnowledgeEntryRow;
  matched: number;
  rank: number;
}

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The tsvector of an entry (title A, question B, answer C). */
export function entryTokens(text: KnowledgeText) {
  return sql`setweight(to_tsvector('simple', ${searchTokens(text.title)}), 'A')
    || setweight(to_tsvector('simple', ${searchTokens(text.question)}), 'B')
    || setweight(to_tsvector('simple', ${searchTokens(text.answer)}), 'C')`;
}

export class KnowledgeRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<KnowledgeEntryRow[]> {
    return this.db
      .select()
      .from(knowledgeEntries)
      .where(inArray(knowledgeEntries.id, [...ids]));
  }

  async lock(id: string): Promise<KnowledgeEntryRow | undefined> {
    const [row] = await this.db
      .select()
      .from(knowledgeEntries)
      .where(eq(knowledgeEntries.id, id))
      .for("update");
    return row;
  }

  async lockByLetter(letterId: string): Promise<KnowledgeEntryRow | undefined> {
    const [row] = await this.db
      .select()
      .from(knowledgeEntries)
      .where(eq(knowledgeEntries.letterId, letterId))
      .for("update");
    return row;
  }

  async insert(row: Omit<NewKnowledgeEntryRow, "tokens"> & KnowledgeText): Promise<KnowledgeEntryRow> {
    const [inserted] = await this.db
      .insert(knowledgeEntries)
      .values({ ...row, tokens: entryTokens(row) })
      .returning();
    if (!inserted) throw new Error("knowledge entry insert returned nothing");
    return inserted;
  }

  /** Many at once (bulk import of answered letters): chunks stay under PostgreSQL's parameter limit. */
  async insertMany(rows: (Omit<NewKnowledgeEntryRow, "tokens"> & KnowledgeText)[]): Promise<number> {
    let inserted = 0;
    for (let from = 0; from < rows.length; from += 500) {
      const chunk = rows.slice(from, from + 500).map((row) => ({ ...row, tokens: entryTokens(row) }));
      const result = await this.db
        .insert(knowledgeEntries)
        .values(chunk)
        .returning({ id: knowledgeEntries.id });
      inserted += result.length;
    }
    return inserted;
  }

  async update(
    id: string,
    changes: Partial<Omit<NewKnowledgeEntryRow, "tokens">> & KnowledgeText,
  ): Promise<KnowledgeEntryRow> {
    const [row] = await this.db
      .update(knowledgeEntries)
      .set({ ...changes, tokens: entryTokens(changes), updatedAt: new Date() })
      .where(eq(knowledgeEntries.id, id))
      .returning();
    if (!row) throw new Error(`knowledge entry ${id} vanished under its lock`);
    return row;
  }

  async setStatus(id: string, status: KnowledgeEntryRow["status"]): Promise<KnowledgeEntryRow> {
    const [row] = await this.db
      .update(knowledgeEntries)
      .set({ status, updatedAt: new Date() })
      .where(eq(knowledgeEntries.id, id))
      .returning();
    if (!row) throw new Error(`knowledge entry ${id} vanished under its lock`);
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(knowledgeEntries).where(eq(knowledgeEntries.id, id));
  }

  private conditions(where: KnowledgeWhere): SQL[] {
    const e = knowledgeEntries;
    const conditions: SQL[] = [];
    if (!where.includeWithdrawn) conditions.push(eq(e.status, "published"));
    if (where.category) conditions.push(eq(e.category, where.category));
    if (where.unitIds) conditions.push(inArray(e.unitId, [...where.unitIds]));
    if (where.siteId) {
      const unitOfSite = this.db
        .select({ unitId: siteRef.unitId })
        .from(siteRef)
        .where(eq(siteRef.siteId, where.siteId));
      conditions.push(or(eq(e.siteId, where.siteId), inArray(e.unitId, unitOfSite)) as SQL);
    }
    return conditions;
  }

  /** The search box: every word of the query (or the query inside the title), best first; newest without a query. */
  async search(
    where: KnowledgeWhere,
    offset: number,
    limit: number,
  ): Promise<{ rows: KnowledgeEntryRow[]; total: number }> {
    const e = knowledgeEntries;
    // Each word goes through plainto_tsquery as a parameter: never spliced into tsquery syntax.
    const tsquery = where.tokens.length
      ? sql.join(
          where.tokens.map((token) => sql`plainto_tsquery('simple', ${token})`),
          sql` && `,
        )
      : null;
    const titleMatch = where.phrase ? sql`${e.title} ilike ${escapeLike(where.phrase)}` : null;
    const conditions = this.conditions(where);
    if (tsquery && titleMatch) conditions.push(sql`(${e.tokens} @@ (${tsquery}) or ${titleMatch})`);
    else if (titleMatch) conditions.push(titleMatch);
    const score = tsquery
      ? sql`ts_rank(${e.tokens}, ${tsquery}) + case when ${titleMatch ?? sql`false`} then 1 else 0 end`
      : null;
    const rows = await this.db
      .select({ entry: e, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(e)
      .where(and(...conditions))
      .orderBy(...(score ? [sql`(${score}) desc`] : []), desc(e.answeredAt), desc(e.id))
      .offset(offset)
      .limit(limit);
    return { rows: rows.map((row) => row.entry), total: rows[0]?.total ?? 0 };
  }

  /**
   * Entries containing at least `minMatched` of the keywords, ordered by how many they contain, then by rank
   * (title and question words weigh more than the answer's). Used with the TF-IDF keywords of a typed question.
   */
  async matching(
    keywords: readonly string[],
    minMatched: number,
    limit: number,
    where: { excludeLetterId?: string | null } = {},
  ): Promise<MatchRow[]> {
    if (keywords.length === 0) return [];
    const e = knowledgeEntries;
    const queries = keywords.map((keyword) => sql`plainto_tsquery('simple', ${searchTokens(keyword)})`);
    const matched = sql.join(
      queries.map((query) => sql`(case when ${e.tokens} @@ ${query} then 1 else 0 end)`),
      sql` + `,
    );
    const any = sql.join(queries, sql` || `);
    const conditions: SQL[] = [eq(e.status, "published"), sql`${e.tokens} @@ (${any})`];
    if (where.excludeLetterId)
      conditions.push(or(isNull(e.letterId), ne(e.letterId, where.excludeLetterId)) as SQL);
    const rows = await this.db
      .select({
        entry: e,
        matched: sql<number>`(${matched})::int`.mapWith(Number).as("matched"),
        rank: sql<number>`ts_rank(${e.tokens}, ${any})::float8`.mapWith(Number).as("rank"),
      })
      .from(e)
      .where(and(...conditions, sql`(${matched}) >= ${minMatched}`))
      .orderBy(sql`"matched" desc`, sql`"rank" desc`, desc(e.answeredAt))
      .limit(limit);
    return rows;
  }

  async categories(where: KnowledgeWhere): Promise<{ category: string; count: number }[]> {
    const e = knowledgeEntries;
    const rows = await this.db
      .select({ category: e.category, count: count() })
      .from(e)
      .where(and(...this.conditions(where), sql`${e.category} is not null`))
      .groupBy(e.category)
      .orderBy(desc(count()), e.category);
    return rows.flatMap((row) => (row.category ? [{ category: row.category, count: row.count }] : []));
  }

  // ── votes ────────────────────────────────────────────────────────────────────────────────────────

  async vote(entryId: string, voterKey: string): Promise<KnowledgeVoteRow | undefined> {
    const [row] = await this.db
      .select()
      .from(knowledgeVotes)
      .where(and(eq(knowledgeVotes.entryId, entryId), eq(knowledgeVotes.voterKey, voterKey)));
    return row;
  }

  async votesFromAddress(addressKey: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ count: count() })
      .from(knowledgeVotes)
      .where(and(eq(knowledgeVotes.addressKey, addressKey), gte(knowledgeVotes.at, since)));
    return row?.count ?? 0;
  }

  async recordVote(vote: Omit<KnowledgeVoteRow, "id" | "at">, previous: KnowledgeVoteRow | undefined) {
    if (previous)
      await this.db
        .update(knowledgeVotes)
        .set({ helpful: vote.helpful, at: new Date() })
        .where(eq(knowledgeVotes.id, previous.id));
    else await this.db.insert(knowledgeVotes).values(vote);
  }

  async addCounts(id: string, helpful: number, unhelpful: number): Promise<KnowledgeEntryRow> {
    const [row] = await this.db
      .update(knowledgeEntries)
      .set({
        helpfulCount: sql`${knowledgeEntries.helpfulCount} + ${helpful}`,
        unhelpfulCount: sql`${knowledgeEntries.unhelpfulCount} + ${unhelpful}`,
      })
      .where(eq(knowledgeEntries.id, id))
      .returning();
    if (!row) throw new Error(`knowledge entry ${id} vanished under its lock`);
    return row;
  }
}
