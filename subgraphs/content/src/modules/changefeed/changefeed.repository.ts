// The only place with SQL for the change feed.
import { and, asc, gt, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../article/article.repository";
import { type PublishedChangeRow, publishedChanges } from "./changefeed.sql";

/** Which rows a caller may see: all, or rows of these sites / units. */
export interface FeedScope {
  all: boolean;
  siteIds: string[];
  unitIds: string[];
}

export class ChangefeedRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Appends one change. Takes the content outbox's advisory lock first (re-entrant: the publishing transaction
   * already holds it after emitting its event), so rows become visible in seq order.
   */
  async append(row: Omit<PublishedChangeRow, "seq">): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtext(${"jiyue:outbox:content"}))`);
    await this.db.insert(publishedChanges).values(row);
  }

  /** Rows after `afterSeq` in the scope, oldest first; one more than `limit` tells whether there are more. */
  page(scope: FeedScope, afterSeq: number, limit: number): Promise<PublishedChangeRow[]> {
    const conditions: SQL[] = [gt(publishedChanges.seq, afterSeq)];
    if (!scope.all) {
      const parts: SQL[] = [];
      if (scope.siteIds.length) parts.push(inArray(publishedChanges.siteId, scope.siteIds));
      if (scope.unitIds.length) parts.push(inArray(publishedChanges.unitId, scope.unitIds));
      if (parts.length === 0) return Promise.resolve([]);
      conditions.push(or(...parts) as SQL);
    }
    return this.db
      .select()
      .from(publishedChanges)
      .where(and(...conditions))
      .orderBy(asc(publishedChanges.seq))
      .limit(limit + 1);
  }
}
