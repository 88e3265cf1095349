// The only place with SQL for public reads: published revisions of live articles of online sites.
import { and, desc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import type { PublishedArticleModel } from "./publishing.types";

/**
 * Live = it has a published revision, is not withdrawn or in the recycle bin, and its site is online. The
 * revision joined is the published one, never the current one: later edits stay invisible until published.
 */
export const live = (): SQL =>
  and(
    isNotNull(articles.publishedRevisionId),
    ne(articles.status, "withdrawn"),
    isNull(articles.deletedAt),
    eq(siteRef.status, "online"),
  ) as SQL;

/** Pinned (and not expired) first, then newest publication. */
const publicOrder = [
  desc(sql`(${articles.pinned} and (${articles.pinnedUntil} is null or ${articles.pinnedUntil} > now()))`),
  desc(articles.publishedAt),
  desc(articles.id),
];

export class PublishingRepository {
  constructor(private readonly db: Executor) {}

  async publishedByIds(ids: readonly string[]): Promise<PublishedArticleModel[]> {
    return this.db
      .select({ article: articles, revision: revisions })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.publishedRevisionId))
      .innerJoin(siteRef, eq(siteRef.siteId, articles.siteId))
      .where(and(inArray(articles.id, [...ids]), live()));
  }

  /**
   * One page per channel for many channels at once (Channel.publishedArticles through a loader): ranks the live
   * articles within each channel, then loads the page's rows. Two statements, whatever the number of channels.
   */
  async publishedPagesByChannels(
    channelIds: readonly string[],
    offset: number,
    limit: number,
  ): Promise<Map<string, { items: PublishedArticleModel[]; total: number }>> {
    const ranked = await this.db.execute(sql`select id, channel_id, total from (
        select ${articles.id} as id, ${revisions.channelId} as channel_id,
          row_number() over (partition by ${revisions.channelId} order by ${sql.join(publicOrder, sql`, `)}) as rn,
          count(*) over (partition by ${revisions.channelId}) as total
        from ${articles}
        join ${revisions} on ${revisions.id} = ${articles.publishedRevisionId}
        join ${siteRef} on ${siteRef.siteId} = ${articles.siteId}
        where ${inArray(revisions.channelId, [...channelIds])} and ${live()}
      ) ranked where rn > ${offset} and rn <= ${offset + limit} order by channel_id, rn`);
    const rows = ranked.rows as { id: string; channel_id: string; total: string | number }[];
    const models = new Map(
      (rows.length ? await this.publishedByIds(rows.map((row) => row.id)) : []).map((model) => [
        model.article.id,
        model,
      ]),
    );
    const pages = new Map<string, { items: PublishedArticleModel[]; total: number }>();
    for (const row of rows) {
      const page = pages.get(row.channel_id) ?? { items: [], total: Number(row.total) };
      const model = models.get(row.id);
      if (model) page.items.push(model);
      pages.set(row.channel_id, page);
    }
    return pages;
  }

  async publishedPage(
    where: { siteId?: string; channelId?: string | null },
    offset: number,
    limit: number,
  ): Promise<{ items: PublishedArticleModel[]; total: number }> {
    const conditions: SQL[] = [live()];
    if (where.siteId) conditions.push(eq(articles.siteId, where.siteId));
    if (where.channelId) conditions.push(eq(revisions.channelId, where.channelId));
    const rows = await this.db
      .select({
        article: articles,
        revision: revisions,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.publishedRevisionId))
      .innerJoin(siteRef, eq(siteRef.siteId, articles.siteId))
      .where(and(...conditions))
      .orderBy(...publicOrder)
      .offset(offset)
      .limit(limit);
    return {
      items: rows.map(({ article, revision }) => ({ article, revision })),
      total: rows[0]?.total ?? 0,
    };
  }
}
