// Recycle-bin purge: articles deleted longer than the retention period ago are removed for good (article,
// revisions, transitions, search document and fingerprints go with it by foreign-key cascade), each with an
// article.purged audit event. A daily pg-boss cron job runs it; pg-boss sends one job per occurrence across
// all replicas, and each article is re-checked under its row lock, so a duplicate run deletes nothing twice.
import { emitEvent, logger } from "@jiyue/server-kit";
import { and, asc, eq, isNotNull, lt } from "drizzle-orm";
import type { PgBoss } from "pg-boss";
import type { ContentDb } from "../../context";
import { articleEvent } from "./article.events";
import { ArticleRepository } from "./article.repository";
import { articles } from "./article.sql";

export const PURGE_QUEUE = "recycle-bin-purge";
export const DEFAULT_RETENTION_DAYS = 30;
/** Daily at 03:17 (Asia/Shanghai): off-peak, and not on the hour when other jobs pile up. */
const PURGE_CRON = "17 3 * * *";
const PURGE_ACTOR = { kind: "system" as const, id: null, name: "回收站清理" };

/** JIYUE_RECYCLE_RETENTION_DAYS (whole days ≥ 1), default 30. */
export function retentionDays(raw = process.env.JIYUE_RECYCLE_RETENTION_DAYS): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1)
    throw new Error(`JIYUE_RECYCLE_RETENTION_DAYS must be a whole number of days ≥ 1, got "${raw}"`);
  return days;
}

/** Purges what was deleted before now − retention; returns the ids purged. */
export async function purgeRecycleBin(
  db: ContentDb,
  options: { retentionDays?: number; now?: Date; batch?: number } = {},
): Promise<string[]> {
  const days = options.retentionDays ?? retentionDays();
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 86_400_000);
  const batch = options.batch ?? 200;
  const purged: string[] = [];
  for (;;) {
    const due = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(isNotNull(articles.deletedAt), lt(articles.deletedAt, cutoff)))
      .orderBy(asc(articles.deletedAt))
      .limit(batch);
    let progressed = false;
    for (const { id } of due) {
      const done = await db.transaction(async (tx) => {
        const article = await new ArticleRepository(tx).lock(id);
        // Restored or already purged meanwhile.
        if (!article?.deletedAt || article.deletedAt >= cutoff) return false;
        await emitEvent(
          tx,
          "content",
          articleEvent("article.purged", article, null, PURGE_ACTOR, {
            deletedAt: article.deletedAt.toISOString(),
            retentionDays: days,
          }),
        );
        await tx.delete(articles).where(eq(articles.id, id));
        return true;
      });
      if (done) {
        purged.push(id);
        progressed = true;
      }
    }
    if (due.length < batch || !progressed) return purged;
  }
}

/** Starts the daily purge for one subgraph instance on its job queue; returns its stopper. */
export async function startRecycleBinPurge(boss: PgBoss, db: ContentDb): Promise<() => Promise<void>> {
  const days = retentionDays();
  await boss.createQueue(PURGE_QUEUE, { retryLimit: 3, retryDelay: 60, retryBackoff: true });
  await boss.schedule(PURGE_QUEUE, PURGE_CRON, null, { tz: "Asia/Shanghai" });
  await boss.work(PURGE_QUEUE, async () => {
    const purged = await purgeRecycleBin(db, { retentionDays: days });
    if (purged.length) logger.info({ count: purged.length, retentionDays: days }, "recycle bin purged");
  });
  return async () => {
    await boss.offWork(PURGE_QUEUE);
  };
}
