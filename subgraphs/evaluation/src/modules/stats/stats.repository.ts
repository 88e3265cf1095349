// The only place with SQL for the stats: upserts that add deltas (never below zero) and one read for many sites.
import { eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { EvaluationDb } from "../../context";
import { siteStats, unitStats } from "./stats.sql";
import type { SiteStatsView } from "./stats.types";

type Executor = Pick<EvaluationDb, "select" | "insert" | "update" | "delete">;

export class StatsRepository {
  constructor(private readonly db: Executor) {}

  /** One read for many sites: the site's own counts plus its unit's unit-wide mailboxes. */
  async forSites(siteIds: readonly string[]): Promise<SiteStatsView[]> {
    const rows = await this.db
      .select({ site: siteStats, unitMailboxes: unitStats.mailboxCount })
      .from(siteStats)
      .leftJoin(unitStats, eq(unitStats.unitId, siteStats.unitId))
      .where(inArray(siteStats.siteId, [...siteIds]));
    return rows.map(({ site, unitMailboxes }) => ({
      siteId: site.siteId,
      channelCount: site.channelCount,
      mailboxCount: site.mailboxCount + (unitMailboxes ?? 0),
      publishedArticleCount: site.publishedArticleCount,
      letterCount: site.letterCount,
      changeCount: site.changeCount,
      lastChangeAt: site.lastChangeAt,
    }));
  }

  /** Counts one change of a site and adds the deltas. */
  async addToSite(
    siteId: string,
    unitId: string | null,
    occurredAt: Date,
    deltas: { channels: number; mailboxes: number; publishedArticles: number; letters: number },
  ): Promise<void> {
    const add = (column: AnyPgColumn, delta: number) => sql`greatest(0, ${column} + ${delta})`;
    await this.db
      .insert(siteStats)
      .values({
        siteId,
        unitId,
        channelCount: Math.max(0, deltas.channels),
        mailboxCount: Math.max(0, deltas.mailboxes),
        publishedArticleCount: Math.max(0, deltas.publishedArticles),
        letterCount: Math.max(0, deltas.letters),
        changeCount: 1,
        lastChangeAt: occurredAt,
      })
      .onConflictDoUpdate({
        target: siteStats.siteId,
        set: {
          unitId: sql`coalesce(excluded.unit_id, ${siteStats.unitId})`,
          channelCount: add(siteStats.channelCount, deltas.channels),
          mailboxCount: add(siteStats.mailboxCount, deltas.mailboxes),
          publishedArticleCount: add(siteStats.publishedArticleCount, deltas.publishedArticles),
          letterCount: add(siteStats.letterCount, deltas.letters),
          changeCount: sql`${siteStats.changeCount} + 1`,
          lastChangeAt: sql`greatest(${siteStats.lastChangeAt}, excluded.last_change_at)`,
        },
      });
  }

  /** Counts one unit-level change (an event with a unit but no site) and adds the deltas. */
  async addToUnit(unitId: string, occurredAt: Date, deltas: { mailboxes: number }): Promise<void> {
    await this.db
      .insert(unitStats)
      .values({
        unitId,
        mailboxCount: Math.max(0, deltas.mailboxes),
        changeCount: 1,
        lastChangeAt: occurredAt,
      })
      .onConflictDoUpdate({
        target: unitStats.unitId,
        set: {
          mailboxCount: sql`greatest(0, ${unitStats.mailboxCount} + ${deltas.mailboxes})`,
          changeCount: sql`${unitStats.changeCount} + 1`,
          lastChangeAt: sql`greatest(${unitStats.lastChangeAt}, excluded.last_change_at)`,
        },
      });
  }

  async deleteSite(siteId: string): Promise<void> {
    await this.db.delete(siteStats).where(eq(siteStats.siteId, siteId));
  }
}
