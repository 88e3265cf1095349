// The only place with SQL for media assets and where they are used.
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import { topics } from "../topic/topic.sql";
import { type MediaAssetRow, mediaAssets, mediaTexts, type NewMediaAssetRow } from "./media.sql";

export interface MediaListFilter {
  siteId: string;
  unitId: string;
  kind?: MediaAssetRow["kind"] | null;
  search?: string | null;
  includeShared?: boolean | null;
}

const escapeLike = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A revision uses a medium as its cover, an attachment, or an `<img src="/media/<id>">` in the body. */
const usesMedia = (mediaId: SQL) => sql`(
  r.cover_image_id = ${mediaId}
  or r.attachments @> jsonb_build_array(jsonb_build_object('mediaId', ${mediaId}::text))
  or position('/media/' || ${mediaId}::text in r.body) > 0
)`;

export class MediaRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<MediaAssetRow[]> {
    return this.db
      .select()
      .from(mediaAssets)
      .where(inArray(mediaAssets.id, [...ids]));
  }

  async insertText(mediaId: string, text: string): Promise<void> {
    await this.db.insert(mediaTexts).values({ mediaId, text }).onConflictDoNothing();
  }

  /** Extracted document texts of the given assets (those that have one). */
  texts(ids: readonly string[]): Promise<{ mediaId: string; text: string }[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(mediaTexts)
      .where(inArray(mediaTexts.mediaId, [...ids]));
  }

  async insert(row: NewMediaAssetRow): Promise<MediaAssetRow> {
    const [inserted] = await this.db.insert(mediaAssets).values(row).returning();
    if (!inserted) throw new Error("media insert returned nothing");
    return inserted;
  }

  async list(filter: MediaListFilter, page: { offset: number; limit: number }) {
    const own = eq(mediaAssets.siteId, filter.siteId);
    const visible = filter.includeShared
      ? or(
          own,
          eq(mediaAssets.visibility, "city"),
          and(eq(mediaAssets.visibility, "unit"), eq(mediaAssets.unitId, filter.unitId)),
        )
      : own;
    const where = and(
      visible,
      filter.kind ? eq(mediaAssets.kind, filter.kind) : undefined,
      filter.search ? ilike(mediaAssets.originalName, escapeLike(filter.search)) : undefined,
    );
    const [items, totals] = await Promise.all([
      this.db
        .select()
        .from(mediaAssets)
        .where(where)
        .orderBy(desc(mediaAssets.createdAt), desc(mediaAssets.id))
        .offset(page.offset)
        .limit(page.limit),
      this.db.select({ total: count() }).from(mediaAssets).where(where),
    ]);
    return { items, total: totals[0]?.total ?? 0 };
  }

  async lock(id: string): Promise<MediaAssetRow | undefined> {
    const [row] = await this.db.select().from(mediaAssets).where(eq(mediaAssets.id, id)).for("update");
    return row;
  }

  async update(id: string, values: Partial<NewMediaAssetRow>): Promise<MediaAssetRow | undefined> {
    const [row] = await this.db.update(mediaAssets).set(values).where(eq(mediaAssets.id, id)).returning();
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(mediaAssets).where(eq(mediaAssets.id, id));
  }

  /** Articles (including the recycle bin) whose latest or published revision uses each medium. */
  async usage(mediaIds: readonly string[]): Promise<{ mediaId: string; articleId: string }[]> {
    if (!mediaIds.length) return [];
    const ids = sql`${sql.raw("array[")}${sql.join(
      mediaIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}${sql.raw("]")}`;
    const result = await this.db.execute<{ media_id: string; article_id: string }>(sql`
      select distinct m.id as media_id, a.id as article_id
      from unnest(${ids}) as m(id)
      join ${revisions} r on ${usesMedia(sql`m.id`)}
      join ${articles} a on r.id in (a.current_revision_id, a.published_revision_id)
    `);
    return result.rows.map((row) => ({ mediaId: row.media_id, articleId: row.article_id }));
  }

  /**
   * True when a live published snapshot (same rule as publishing.repository `live`) of a site allowed to use
   * the medium uses it: only then is it served without a token. Another site citing a private asset's id does
   * not make it public. The banner of an enabled topic of an online site is public the same way.
   */
  async isPublic(mediaId: string): Promise<boolean> {
    const result = await this.db.execute<{ found: number }>(sql`
      select 1 as found
      from ${mediaAssets} m
      join ${articles} a on a.site_id = m.site_id or m.visibility = 'city'
        or (m.visibility = 'unit' and a.unit_id = m.unit_id)
      join ${revisions} r on r.id = a.published_revision_id
      join ${siteRef} s on s.site_id = a.site_id and s.status = 'online'
      where m.id = ${mediaId} and a.deleted_at is null and a.status <> 'withdrawn'
        and ${usesMedia(sql`${mediaId}::uuid`)}
      union all
      select 1 as found
      from ${mediaAssets} m
      join ${topics} t on t.banner_image_id = m.id and t.enabled
        and (t.site_id = m.site_id or m.visibility = 'city' or (m.visibility = 'unit' and t.unit_id = m.unit_id))
      join ${siteRef} s on s.site_id = t.site_id and s.status = 'online'
      where m.id = ${mediaId}
      limit 1
    `);
    return result.rows.length > 0;
  }
}
