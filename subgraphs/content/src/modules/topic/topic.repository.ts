// The only place with SQL for topics, including the public list of a topic's articles.
import { and, asc, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import { live, PublishingRepository } from "../publishing/publishing.repository";
import type { PublishedArticlePageModel } from "../publishing/publishing.types";
import { type NewTopicRow, type TopicRow, topics } from "./topic.sql";

export class TopicRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<TopicRow[]> {
    return this.db
      .select()
      .from(topics)
      .where(inArray(topics.id, [...ids]));
  }

  bySites(siteIds: readonly string[]): Promise<TopicRow[]> {
    return this.db
      .select()
      .from(topics)
      .where(inArray(topics.siteId, [...siteIds]))
      .orderBy(asc(topics.sortOrder), asc(topics.slug));
  }

  async bySlug(siteId: string, slug: string): Promise<TopicRow | undefined> {
    const [row] = await this.db
      .select()
      .from(topics)
      .where(and(eq(topics.siteId, siteId), eq(topics.slug, slug)));
    return row;
  }

  async insert(row: NewTopicRow): Promise<TopicRow> {
    const [inserted] = await this.db.insert(topics).values(row).returning();
    if (!inserted) throw new Error("topic insert returned nothing");
    return inserted;
  }

  async update(id: string, changes: Partial<NewTopicRow>): Promise<TopicRow | undefined> {
    const [row] = await this.db
      .update(topics)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(topics.id, id))
      .returning();
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(topics).where(eq(topics.id, id));
  }

  /**
   * Live articles of the topic: published in one of its source channels, or pinned by it (pinned ones first,
   * in the topic's order), then newest first. Only articles of the topic's unit, and only the published
   * revision's channel counts — a pending edit moving an article elsewhere changes nothing until published.
   * Two statements: rank the ids, then load the page's snapshots.
   */
  async publishedPage(topic: TopicRow, offset: number, limit: number): Promise<PublishedArticlePageModel> {
    const matches: SQL[] = [];
    if (topic.sourceChannelIds.length > 0) matches.push(inArray(revisions.channelId, topic.sourceChannelIds));
    if (topic.pinnedArticleIds.length > 0) matches.push(inArray(articles.id, topic.pinnedArticleIds));
    if (matches.length === 0) return { items: [], total: 0 };
    const pinnedOrder =
      topic.pinnedArticleIds.length > 0
        ? [
            sql`array_position(array[${sql.join(
              topic.pinnedArticleIds.map((id) => sql`${id}`),
              sql`, `,
            )}]::uuid[], ${articles.id}) asc nulls last`,
          ]
        : [];
    const ranked = await this.db
      .select({ id: articles.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(articles)
      .innerJoin(revisions, eq(revisions.id, articles.publishedRevisionId))
      .innerJoin(siteRef, eq(siteRef.siteId, articles.siteId))
      .where(and(live(), eq(articles.unitId, topic.unitId), or(...matches)))
      .orderBy(...pinnedOrder, desc(articles.publishedAt), desc(articles.id))
      .offset(offset)
      .limit(limit);
    if (ranked.length === 0) return { items: [], total: 0 };
    const models = new Map(
      (await new PublishingRepository(this.db).publishedByIds(ranked.map((row) => row.id))).map((model) => [
        model.article.id,
        model,
      ]),
    );
    return {
      items: ranked.flatMap((row) => {
        const model = models.get(row.id);
        return model ? [model] : [];
      }),
      total: ranked[0]?.total ?? 0,
    };
  }
}
