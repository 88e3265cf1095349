// The only place with SQL for batch re-checks.
import { and, asc, count, desc, eq, gt, isNull, notExists, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import { live } from "../publishing/publishing.repository";
import { type RecheckItemRow, type RecheckRunRow, recheckItems, recheckRuns } from "./recheck.sql";

export interface LiveRevision {
  articleId: string;
  siteId: string;
  unitId: string;
  title: string;
  body: string;
  attachments: { mediaId: string; name: string }[];
  publishedAt: Date | null;
}

export class RecheckRepository {
  constructor(private readonly db: Executor) {}

  private scope(siteId: string | null): SQL {
    return (siteId ? and(live(), eq(articles.siteId, siteId)) : live()) as SQL;
  }

  async countLive(siteId: string | null): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(articles)
      .innerJoin(siteRef, eq(siteRef.siteId, articles.siteId))
      .where(this.scope(siteId));
    return row?.n ?? 0;
  }

  async insertRun(row: typeof recheckRuns.$inferInsert): Promise<RecheckRunRow> {
    const [inserted] = await this.db.insert(recheckRuns).values(row).returning();
    if (!inserted) throw new Error("recheck run insert returned nothing");
    return inserted;
  }

  async run(id: string): Promise<RecheckRunRow | undefined> {
    const [row] = await this.db.select().from(recheckRuns).where(eq(recheckRuns.id, id));
    return row;
  }

  /**
   * The latest runs: all of them, or the runs of the sites in a reader's scope — sites of its units, its own
   * sites and their sub-sites (city-wide runs are for city-wide readers only).
   */
  recentRuns(
    scope: "all" | { unitIds: string[]; siteIds: string[] },
    limit: number,
  ): Promise<RecheckRunRow[]> {
    const query = this.db.select({ run: recheckRuns }).from(recheckRuns);
    if (scope === "all")
      return query
        .orderBy(desc(recheckRuns.startedAt))
        .limit(limit)
        .then((rows) => rows.map((row) => row.run));
    const uuids = (ids: string[]) =>
      sql`array[${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]`;
    const reachable: SQL[] = [];
    if (scope.unitIds.length) reachable.push(sql`${siteRef.unitId} = any(${uuids(scope.unitIds)})`);
    if (scope.siteIds.length)
      reachable.push(
        sql`${siteRef.siteId} = any(${uuids(scope.siteIds)})`,
        sql`${siteRef.parentSiteId} = any(${uuids(scope.siteIds)})`,
      );
    if (reachable.length === 0) return Promise.resolve([]);
    return query
      .innerJoin(siteRef, eq(siteRef.siteId, recheckRuns.siteId))
      .where(sql`(${sql.join(reachable, sql` or `)})`)
      .orderBy(desc(recheckRuns.startedAt))
      .limit(limit)
      .then((rows) => rows.map((row) => row.run));
  }

  /** The next live articles of the run's scope that have no result yet (resumable after a crash). */
  nextBatch(run: RecheckRunRow, limit: number): Promise<LiveRevision[]> {
    return this.db
      .select({
        articleId: articles.id,
        siteId: articles.siteId,
        unitId: articles.unitId,
        title: revisions.title,
        body: revisions.body,
        attachments: revisions.attachments,
        publishedAt: articles.publishedAt,
      })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.publishedRevisionId))
      .innerJoin(siteRef, eq(siteRef.siteId, articles.siteId))
      .where(
        and(
          this.scope(run.siteId),
          notExists(
            this.db
              .select({ one: sql`1` })
              .from(recheckItems)
              .where(and(eq(recheckItems.runId, run.id), eq(recheckItems.articleId, articles.id))),
          ),
        ),
      )
      .orderBy(asc(articles.id))
      .limit(limit);
  }

  /** Records a batch's results and adds them to the run's totals, in one statement pair. */
  async record(
    runId: string,
    items: (typeof recheckItems.$inferInsert)[],
    lexiconVersion: number,
  ): Promise<void> {
    if (items.length === 0) return;
    const inserted = await this.db.insert(recheckItems).values(items).onConflictDoNothing().returning();
    await this.db
      .update(recheckRuns)
      .set({
        checked: sql`${recheckRuns.checked} + ${inserted.length}`,
        articlesWithBlock: sql`${recheckRuns.articlesWithBlock} + ${inserted.filter((i) => i.blockCount > 0).length}`,
        blockCount: sql`${recheckRuns.blockCount} + ${inserted.reduce((n, i) => n + i.blockCount, 0)}`,
        warnCount: sql`${recheckRuns.warnCount} + ${inserted.reduce((n, i) => n + i.warnCount, 0)}`,
        lexiconVersion: sql`coalesce(${recheckRuns.lexiconVersion}, ${lexiconVersion})`,
      })
      .where(eq(recheckRuns.id, runId));
  }

  async finish(runId: string, status: "done" | "failed", error: string | null = null): Promise<void> {
    await this.db
      .update(recheckRuns)
      .set({ status, error, finishedAt: new Date() })
      .where(and(eq(recheckRuns.id, runId), isNull(recheckRuns.finishedAt)));
  }

  /** A run's results, articles with block findings first, then by warn count. */
  async items(
    runId: string,
    onlyWithFindings: boolean,
    offset: number,
    limit: number,
  ): Promise<{ items: RecheckItemRow[]; total: number }> {
    const where = onlyWithFindings
      ? and(eq(recheckItems.runId, runId), gt(sql`${recheckItems.blockCount} + ${recheckItems.warnCount}`, 0))
      : eq(recheckItems.runId, runId);
    const rows = await this.db
      .select({ item: recheckItems, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(recheckItems)
      .where(where)
      .orderBy(desc(recheckItems.blockCount), desc(recheckItems.warnCount), asc(recheckItems.articleId))
      .offset(offset)
      .limit(limit);
    return { items: rows.map((row) => row.item), total: rows[0]?.total ?? 0 };
  }
}
