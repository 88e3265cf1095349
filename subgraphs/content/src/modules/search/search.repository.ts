// The only place with SQL for search: jieba tokens in a tsvector (AND of the query's words) or a partial match
// on the title (ILIKE, served by the pg_trgm index), over live documents of online sites.
import { and, eq, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { searchDocuments } from "./search.sql";

export interface SearchWhere {
  tokens: string[];
  /** The whole query, for partial title matches. */
  phrase: string;
  siteId?: string | null;
  channelId?: string | null;
}

export interface SearchRow {
  articleId: string;
  title: string;
  summary: string;
  bodyText: string;
  score: number;
}

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export class SearchRepository {
  constructor(private readonly db: Executor) {}

  async search(
    where: SearchWhere,
    offset: number,
    limit: number,
  ): Promise<{ rows: SearchRow[]; total: number }> {
    const d = searchDocuments;
    // Each word goes through plainto_tsquery as a parameter: never spliced into tsquery syntax.
    const tsquery = where.tokens.length
      ? sql.join(
          where.tokens.map((token) => sql`plainto_tsquery('simple', ${token})`),
          sql` && `,
        )
      : null;
    const titleMatch = sql`${d.title} ilike ${escapeLike(where.phrase)}`;
    const conditions: SQL[] = [
      eq(siteRef.status, "online"),
      tsquery ? (sql`(${d.tokens} @@ (${tsquery}) or ${titleMatch})` as SQL) : titleMatch,
    ];
    if (where.siteId) conditions.push(eq(d.siteId, where.siteId));
    if (where.channelId) conditions.push(eq(d.channelId, where.channelId));
    const score = tsquery
      ? sql`ts_rank(${d.tokens}, ${tsquery}) + case when ${titleMatch} then 1 else 0 end`
      : sql`1.0`;
    const rows = await this.db
      .select({
        articleId: d.articleId,
        title: d.title,
        summary: d.summary,
        bodyText: d.bodyText,
        score: sql<number>`(${score})::float8`.mapWith(Number),
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(d)
      .innerJoin(siteRef, eq(siteRef.siteId, d.siteId))
      .where(and(...conditions))
      // Without words (a query of symbols only) the score is a constant, which ORDER BY must not be given.
      .orderBy(
        ...(tsquery ? [sql`(${score}) desc`] : []),
        sql`${d.publishedAt} desc`,
        sql`${d.articleId} desc`,
      )
      .offset(offset)
      .limit(limit);
    return { rows, total: rows[0]?.total ?? 0 };
  }
}
