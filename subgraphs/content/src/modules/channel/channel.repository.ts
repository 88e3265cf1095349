// The only place with SQL for channels.
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import type { ContentDb } from "../../context";
import { articles, revisions } from "../article/article.sql";
import { type ChannelRow, channels, type NewChannelRow } from "./channel.sql";

type Executor = Pick<ContentDb, "select" | "insert" | "update" | "delete">;

export class ChannelRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<ChannelRow[]> {
    return this.db
      .select()
      .from(channels)
      .where(inArray(channels.id, [...ids]));
  }

  /** Top-level channels of many sites, in display order. */
  topLevelBySites(siteIds: readonly string[]): Promise<ChannelRow[]> {
    return this.db
      .select()
      .from(channels)
      .where(and(inArray(channels.siteId, [...siteIds]), isNull(channels.parentId)))
      .orderBy(asc(channels.sortOrder), asc(channels.path));
  }

  childrenOf(parentIds: readonly string[]): Promise<ChannelRow[]> {
    return this.db
      .select()
      .from(channels)
      .where(inArray(channels.parentId, [...parentIds]))
      .orderBy(asc(channels.sortOrder), asc(channels.path));
  }

  async insertMany(rows: NewChannelRow[]): Promise<ChannelRow[]> {
    if (rows.length === 0) return [];
    return this.db.insert(channels).values(rows).returning();
  }

  async update(id: string, changes: Partial<NewChannelRow>): Promise<ChannelRow | undefined> {
    const [row] = await this.db
      .update(channels)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(channels.id, id))
      .returning();
    return row;
  }

  /** Articles (recycle bin included) whose current or any earlier revision sits in the channel. */
  async articleCount(id: string): Promise<number> {
    const [current] = await this.db.select({ n: count() }).from(articles).where(eq(articles.channelId, id));
    if ((current?.n ?? 0) > 0) return current?.n ?? 0;
    const [earlier] = await this.db
      .select({ n: count(revisions.articleId) })
      .from(revisions)
      .where(eq(revisions.channelId, id));
    return earlier?.n ?? 0;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(channels).where(eq(channels.id, id));
  }

  async countBySite(siteId: string): Promise<number> {
    const rows = await this.db.select({ id: channels.id }).from(channels).where(eq(channels.siteId, siteId));
    return rows.length;
  }
}
