// The only place with SQL for writing assistance: revision fingerprints and near-duplicate candidates.
import type { VisibleScope } from "@jiyue/server-kit";
import { sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { articles, revisions } from "../article/article.sql";
import { bands, fingerprint } from "./assist.fingerprint";
import { revisionFingerprints } from "./assist.sql";
import type { FingerprintCandidate } from "./assist.types";

export class AssistRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Fingerprints the current and published revisions (of articles not in the recycle bin) that have none yet:
   * new saves, imports, demo content. Bounded per call; returns how many it wrote.
   */
  async backfill(limit = 500): Promise<number> {
    const missing = await this.db.execute(sql`select r.id, r.article_id, r.site_id, r.unit_id, r.title, r.body
      from ${articles} a
      join ${revisions} r on r.id = a.current_revision_id or r.id = a.published_revision_id
      where a.deleted_at is null
        and not exists (select 1 from ${revisionFingerprints} f where f.revision_id = r.id)
      limit ${limit}`);
    const rows = missing.rows as {
      id: string;
      article_id: string;
      site_id: string;
      unit_id: string;
      title: string;
      body: string;
    }[];
    if (rows.length === 0) return 0;
    const values = rows.map((row) => {
      const hash = fingerprint(row.title, row.body);
      const [band0, band1, band2, band3] = bands(hash);
      return {
        revisionId: row.id,
        articleId: row.article_id,
        siteId: row.site_id,
        unitId: row.unit_id,
        simhash: BigInt.asIntN(64, hash),
        band0,
        band1,
        band2,
        band3,
      };
    });
    await this.db.insert(revisionFingerprints).values(values).onConflictDoNothing();
    return rows.length;
  }

  /**
   * Fingerprints sharing a band with any of `hashes`: live published revisions anywhere on the platform, and
   * current (draft) revisions only in the sites / units of `draftScope`. Recycle-bin articles never match.
   */
  async candidates(hashes: bigint[], draftScope: VisibleScope): Promise<FingerprintCandidate[]> {
    if (hashes.length === 0) return [];
    const byBand = [0, 1, 2, 3].map((index) => [...new Set(hashes.map((hash) => bands(hash)[index] ?? 0))]);
    const f = revisionFingerprints;
    const list = (values: number[]) =>
      sql`array[${sql.join(
        values.map((value) => sql`${value}`),
        sql`, `,
      )}]::int[]`;
    const draftVisible = draftScope.all
      ? sql`true`
      : sql`(a.site_id = any(${textArray(draftScope.siteIds)}) or a.unit_id = any(${textArray(draftScope.unitIds)}))`;
    const result =
      await this.db.execute(sql`select f.article_id, coalesce(a.origin_article_id, a.id) as family, f.site_id,
        f.simhash::text as simhash, r.title,
        s.name as site_name,
        (f.revision_id = a.published_revision_id and a.status <> 'withdrawn') as published
      from ${f} f
      join ${articles} a on a.id = f.article_id
      join ${revisions} r on r.id = f.revision_id
      left join ${siteRef} s on s.site_id = f.site_id
      where a.deleted_at is null
        and (f.band0 = any(${list(byBand[0] ?? [])}) or f.band1 = any(${list(byBand[1] ?? [])})
          or f.band2 = any(${list(byBand[2] ?? [])}) or f.band3 = any(${list(byBand[3] ?? [])}))
        and ((f.revision_id = a.published_revision_id and a.status <> 'withdrawn')
          or (f.revision_id = a.current_revision_id and ${draftVisible}))`);
    return (
      result.rows as {
        article_id: string;
        family: string;
        site_id: string;
        simhash: string;
        title: string;
        site_name: string | null;
        published: boolean;
      }[]
    ).map((row) => ({
      articleId: row.article_id,
      family: row.family,
      siteId: row.site_id,
      simhash: BigInt(row.simhash),
      title: row.title,
      siteName: row.site_name,
      published: row.published,
    }));
  }
}

function textArray(values: string[]) {
  return sql`array[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::uuid[]`;
}
