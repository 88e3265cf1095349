// The only place with SQL for pushes (信息报送) and their copies.
import { and, desc, eq, inArray, isNotNull, ne, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import {
  type ArticlePushRow,
  articlePushes,
  type NewArticlePushRow,
  type PushStatusValue,
} from "./syndication.sql";
import type { PushTargetSiteModel } from "./syndication.types";

export class SyndicationRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<ArticlePushRow[]> {
    return this.db
      .select()
      .from(articlePushes)
      .where(inArray(articlePushes.id, [...ids]));
  }

  /** Locks one push for a decision: two reviewers deciding at once are serialised. */
  async lock(id: string): Promise<ArticlePushRow | undefined> {
    const [row] = await this.db.select().from(articlePushes).where(eq(articlePushes.id, id)).for("update");
    return row;
  }

  /** Outgoing pushes of many origin articles, newest first. */
  ofOrigins(originIds: readonly string[]): Promise<ArticlePushRow[]> {
    return this.db
      .select()
      .from(articlePushes)
      .where(inArray(articlePushes.originArticleId, [...originIds]))
      .orderBy(desc(articlePushes.pushedAt), desc(articlePushes.id));
  }

  /** Pushes of one origin to these target channels that are still open (pending) or carry a copy. */
  openFor(originId: string, channelIds: string[]): Promise<ArticlePushRow[]> {
    if (channelIds.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(articlePushes)
      .where(
        and(
          eq(articlePushes.originArticleId, originId),
          inArray(articlePushes.targetChannelId, channelIds),
          inArray(articlePushes.status, ["pending", "accepted"]),
        ),
      );
  }

  /** The pushes an origin's takedown withdraws: pending ones and the accepted ones (their copies). */
  liveOf(originId: string): Promise<ArticlePushRow[]> {
    return this.db
      .select()
      .from(articlePushes)
      .where(
        and(
          eq(articlePushes.originArticleId, originId),
          inArray(articlePushes.status, ["pending", "accepted"]),
        ),
      )
      .for("update");
  }

  /** The pushes withdrawn by the latest takedown of each origin (they share one withdrawn_at). */
  async latestTakedownOf(originIds: readonly string[]): Promise<ArticlePushRow[]> {
    const rows = await this.db
      .select()
      .from(articlePushes)
      .where(
        and(
          inArray(articlePushes.originArticleId, [...originIds]),
          isNotNull(articlePushes.withdrawnAt),
          sql`${articlePushes.withdrawnAt} = (select max(p.withdrawn_at) from ${articlePushes} p
            where p.origin_article_id = ${articlePushes.originArticleId})`,
        ),
      )
      .orderBy(articlePushes.targetSiteId, articlePushes.targetChannelId);
    return rows;
  }

  /** One page of a target site's pushes, newest first, with the total in the same statement. */
  async incoming(
    siteId: string,
    status: PushStatusValue | null,
    offset: number,
    limit: number,
  ): Promise<{ rows: ArticlePushRow[]; total: number }> {
    const conditions: SQL[] = [eq(articlePushes.targetSiteId, siteId)];
    if (status) conditions.push(eq(articlePushes.status, status));
    const rows = await this.db
      .select({ push: articlePushes, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(articlePushes)
      .where(and(...conditions))
      .orderBy(desc(articlePushes.pushedAt), desc(articlePushes.id))
      .offset(offset)
      .limit(limit);
    return { rows: rows.map((row) => row.push), total: rows[0]?.total ?? 0 };
  }

  async insert(row: NewArticlePushRow): Promise<ArticlePushRow> {
    const [inserted] = await this.db.insert(articlePushes).values(row).returning();
    if (!inserted) throw new Error("push insert returned nothing");
    return inserted;
  }

  async update(id: string, changes: Partial<NewArticlePushRow>): Promise<ArticlePushRow> {
    const [row] = await this.db
      .update(articlePushes)
      .set(changes)
      .where(eq(articlePushes.id, id))
      .returning();
    if (!row) throw new Error("push update returned nothing");
    return row;
  }

  /** Marks the target's earlier accepted push of this copy as superseded by the newly accepted one. */
  async supersedeAccepted(copyArticleId: string, exceptId: string): Promise<void> {
    await this.db
      .update(articlePushes)
      .set({ status: "superseded" })
      .where(
        and(
          eq(articlePushes.copyArticleId, copyArticleId),
          eq(articlePushes.status, "accepted"),
          ne(articlePushes.id, exceptId),
        ),
      );
  }

  /** Every site of the city that can receive pushes (not offline), by name. */
  async targetSites(): Promise<PushTargetSiteModel[]> {
    return this.db
      .select({ siteId: siteRef.siteId, name: siteRef.name, parentSiteId: siteRef.parentSiteId })
      .from(siteRef)
      .where(eq(siteRef.status, "online"))
      .orderBy(siteRef.code);
  }
}
