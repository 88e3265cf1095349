// The only place with SQL for imports: target lookup, duplicate keys and bulk writes of published articles.
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import {
  type ArticleRow,
  articles,
  type NewArticleRow,
  type NewRevisionRow,
  type RevisionRow,
  revisions,
} from "../article/article.sql";
import { type ChannelRow, channels } from "../channel/channel.sql";
import { type NewReviewTransitionRow, reviewTransitions } from "../workflow/workflow.sql";

export class ImportRepository {
  constructor(private readonly db: Executor) {}

  async siteByCode(code: string) {
    const [site] = await this.db.select().from(siteRef).where(eq(siteRef.code, code));
    return site;
  }

  async channelByPath(siteId: string, path: string): Promise<ChannelRow | undefined> {
    const [channel] = await this.db
      .select()
      .from(channels)
      .where(and(eq(channels.siteId, siteId), eq(channels.path, path)));
    return channel;
  }

  channelsOfSites(siteIds: string[]): Promise<ChannelRow[]> {
    if (siteIds.length === 0) return Promise.resolve([]);
    return this.db.select().from(channels).where(inArray(channels.siteId, siteIds));
  }

  allSites() {
    return this.db.select().from(siteRef);
  }

  async articleCount(): Promise<number> {
    const [row] = await this.db.select({ count: sql<number>`count(*)`.mapWith(Number) }).from(articles);
    return row?.count ?? 0;
  }

  /** Serialises imports into one channel until the transaction ends (duplicate checks stay exact). */
  async lockChannel(channelId: string): Promise<void> {
    await this.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`jiyue:import:${channelId}`}))`);
  }

  /** Title and publication time of the channel's dated articles whose current title is one of `titles`. */
  datedTitles(channelId: string, titles: string[]): Promise<{ title: string; publishedAt: Date | null }[]> {
    if (titles.length === 0) return Promise.resolve([]);
    return this.db
      .select({ title: revisions.title, publishedAt: articles.publishedAt })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.currentRevisionId))
      .where(
        and(
          eq(articles.channelId, channelId),
          isNull(articles.deletedAt),
          isNotNull(articles.publishedAt),
          inArray(revisions.title, titles),
        ),
      );
  }

  async insertPublished(
    rows: { article: NewArticleRow; revision: NewRevisionRow; transition: NewReviewTransitionRow }[],
  ): Promise<{ articles: ArticleRow[]; revisions: RevisionRow[] }> {
    if (rows.length === 0) return { articles: [], revisions: [] };
    const inserted = await this.db
      .insert(articles)
      .values(rows.map((row) => row.article))
      .returning();
    const insertedRevisions = await this.db
      .insert(revisions)
      .values(rows.map((row) => row.revision))
      .returning();
    await this.db.insert(reviewTransitions).values(rows.map((row) => row.transition));
    return { articles: inserted, revisions: insertedRevisions };
  }
}
