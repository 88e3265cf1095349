// The only place with SQL for articles and their revisions.
import { and, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { ContentDb } from "../../context";
import {
  type ArticleRow,
  articles,
  type NewArticleRow,
  type NewRevisionRow,
  type RevisionRow,
  revisions,
} from "./article.sql";

export type Executor = Pick<ContentDb, "select" | "insert" | "update" | "delete" | "execute">;

export interface ArticleListFilter {
  siteId: string;
  channelId?: string | null;
  status?: ArticleRow["status"] | null;
  search?: string | null;
  deleted?: boolean | null;
}

export class ArticleRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<ArticleRow[]> {
    return this.db
      .select()
      .from(articles)
      .where(inArray(articles.id, [...ids]));
  }

  /** Locks the article row for the rest of the transaction: state changes of one article are serialised. */
  async lock(id: string): Promise<ArticleRow | undefined> {
    const [row] = await this.db.select().from(articles).where(eq(articles.id, id)).for("update");
    return row;
  }

  async insert(row: NewArticleRow): Promise<ArticleRow> {
    const [inserted] = await this.db.insert(articles).values(row).returning();
    if (!inserted) throw new Error("article insert returned nothing");
    return inserted;
  }

  /**
   * Compare-and-set: applies the change only if the article is still at `expected` (version, and for saves the
   * current revision). Returns undefined when someone else changed it in between.
   */
  async update(
    id: string,
    expected: { version: number; currentRevisionId?: string },
    changes: Partial<NewArticleRow>,
  ): Promise<ArticleRow | undefined> {
    const conditions: SQL[] = [eq(articles.id, id), eq(articles.version, expected.version)];
    if (expected.currentRevisionId)
      conditions.push(eq(articles.currentRevisionId, expected.currentRevisionId));
    const [row] = await this.db
      .update(articles)
      .set({ ...changes, version: sql`${articles.version} + 1`, updatedAt: new Date() })
      .where(and(...conditions))
      .returning();
    return row;
  }

  /** One page of a site's articles for staff, newest change first, with the total in the same statement. */
  async list(
    filter: ArticleListFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ArticleRow[]; total: number }> {
    const conditions: SQL[] = [eq(articles.siteId, filter.siteId)];
    conditions.push(filter.deleted ? isNotNull(articles.deletedAt) : isNull(articles.deletedAt));
    if (filter.channelId) conditions.push(eq(articles.channelId, filter.channelId));
    if (filter.status) conditions.push(eq(articles.status, filter.status));
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        sql`exists (select 1 from ${revisions} r where r.id = ${articles.currentRevisionId} and r.title ilike ${pattern})`,
      );
    }
    const rows = await this.db
      .select({ article: articles, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(articles)
      .where(and(...conditions))
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .offset(offset)
      .limit(limit);
    return { rows: rows.map((row) => row.article), total: rows[0]?.total ?? 0 };
  }

  /** Articles waiting in review in the given units / sites (all when `all`). */
  inReview(
    scope: { all: boolean; unitIds: string[]; siteIds: string[] },
    limit = 500,
  ): Promise<ArticleRow[]> {
    const where: SQL[] = [eq(articles.status, "in_review"), isNull(articles.deletedAt)];
    if (!scope.all) {
      const parts: SQL[] = [];
      if (scope.unitIds.length) parts.push(inArray(articles.unitId, scope.unitIds));
      if (scope.siteIds.length) parts.push(inArray(articles.siteId, scope.siteIds));
      if (parts.length === 0) return Promise.resolve([]);
      where.push(or(...parts) as SQL);
    }
    return this.db
      .select()
      .from(articles)
      .where(and(...where))
      .orderBy(desc(articles.updatedAt))
      .limit(limit);
  }

  revisionsByIds(ids: readonly string[]): Promise<RevisionRow[]> {
    return this.db
      .select()
      .from(revisions)
      .where(inArray(revisions.id, [...ids]));
  }

  revisionsOf(articleIds: readonly string[]): Promise<RevisionRow[]> {
    return this.db
      .select()
      .from(revisions)
      .where(inArray(revisions.articleId, [...articleIds]))
      .orderBy(desc(revisions.number));
  }

  revisionCounts(articleIds: readonly string[]): Promise<{ articleId: string; count: number }[]> {
    return this.db
      .select({ articleId: revisions.articleId, count: sql<number>`count(*)`.mapWith(Number) })
      .from(revisions)
      .where(inArray(revisions.articleId, [...articleIds]))
      .groupBy(revisions.articleId);
  }

  async nextRevisionNumber(articleId: string): Promise<number> {
    const [row] = await this.db
      .select({ max: sql<number>`coalesce(max(${revisions.number}), 0)`.mapWith(Number) })
      .from(revisions)
      .where(eq(revisions.articleId, articleId));
    return (row?.max ?? 0) + 1;
  }

  async insertRevision(row: NewRevisionRow): Promise<RevisionRow> {
    const [inserted] = await this.db.insert(revisions).values(row).returning();
    if (!inserted) throw new Error("revision insert returned nothing");
    return inserted;
  }

  /** Articles (outside the recycle bin) with a scheduled publish or takedown. */
  scheduled(): Promise<Pick<ArticleRow, "id" | "scheduledPublishAt" | "scheduledUnpublishAt">[]> {
    return this.db
      .select({
        id: articles.id,
        scheduledPublishAt: articles.scheduledPublishAt,
        scheduledUnpublishAt: articles.scheduledUnpublishAt,
      })
      .from(articles)
      .where(
        and(
          isNull(articles.deletedAt),
          or(isNotNull(articles.scheduledPublishAt), isNotNull(articles.scheduledUnpublishAt)),
        ),
      );
  }
}
