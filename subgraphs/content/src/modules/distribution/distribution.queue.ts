// Sending deliveries: one pg-boss job per attempt (queue "delivery" in schema content_jobs), enqueued in the
// same transaction that commits the delivery row, so a committed delivery always has its job. The row is the
// truth: a job only says "make attempt N of this delivery", and the attempt runs only under a lease claimed
// with one atomic UPDATE (exactly once per attempt across replicas; a stale or duplicate job does nothing).
// A periodic sweep sends overdue rows whose job went missing or whose sender died mid-attempt.
import { randomUUID } from "node:crypto";
import { emitEvent, logger, urlOf } from "@jiyue/server-kit";
import { sql } from "drizzle-orm";
import { fromDrizzle, type PgBoss } from "pg-boss";
import type { ContentDb } from "../../context";
import type { Executor } from "../article/article.repository";
import { articles } from "../article/article.sql";
import { deliveryEvent, SYSTEM_DISTRIBUTOR } from "./distribution.events";
import { internalReceiverProblem } from "./distribution.network";
import { type AttemptResult, DistributionRepository } from "./distribution.repository";
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  sign,
  TIMESTAMP_HEADER,
} from "./distribution.signing";
import type { DeliveryRow, DistributionTargetRow } from "./distribution.sql";

export const DELIVERY_QUEUE = "delivery";

export interface DistributionSettings {
  /** Delay after the first failed attempt; each next one is 4× longer (30 s, 2 min, 8 min, …). */
  retryBaseMs: number;
  /** Attempts per round (creation or manual re-send) before the delivery is marked failed. */
  maxAttempts: number;
  timeoutMs: number;
  sweepIntervalMs: number;
  /** How overdue an open delivery must be before the sweep takes it (its job normally fires first). */
  sweepGraceMs: number;
  pollingIntervalSeconds: number;
  /** Public portal base URL for links in payloads. */
  portalUrl: string;
}

const numberOf = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return raw && Number.isFinite(value) && value >= 0 ? value : fallback;
};

export function distributionSettings(env: NodeJS.ProcessEnv = process.env): DistributionSettings {
  return {
    retryBaseMs: numberOf(env.JIYUE_WEBHOOK_RETRY_BASE_MS, 30_000),
    maxAttempts: Math.max(1, numberOf(env.JIYUE_WEBHOOK_MAX_ATTEMPTS, 6)),
    timeoutMs: numberOf(env.JIYUE_WEBHOOK_TIMEOUT_MS, 10_000),
    sweepIntervalMs: numberOf(env.JIYUE_WEBHOOK_SWEEP_INTERVAL_MS, 30_000),
    sweepGraceMs: numberOf(env.JIYUE_WEBHOOK_SWEEP_GRACE_MS, 60_000),
    pollingIntervalSeconds: Math.max(0.5, numberOf(env.JIYUE_WEBHOOK_POLLING_SECONDS, 1)),
    portalUrl: (env.JIYUE_PORTAL_PUBLIC_URL?.trim() || urlOf("portal", env)).replace(/\/+$/, ""),
  };
}

export const retryDelayMs = (settings: DistributionSettings, failedInRound: number) =>
  settings.retryBaseMs * 4 ** (failedInRound - 1);

export interface DeliveryJob {
  deliveryId: string;
  /** Attempts already made when the job was queued; the job makes attempt number attempts + 1. */
  attempts: number;
}

/** The queues started in this process; any of them can enqueue (they share the database's job schema). */
const running = new Set<PgBoss>();

/**
 * Queues attempts inside `tx`. With no queue running in this process (e.g. a one-off script), the rows stay
 * open and the sweep of a running instance sends them.
 */
export async function enqueueDeliveries(tx: Executor, jobs: DeliveryJob[], startAfter?: Date): Promise<void> {
  const [boss] = running;
  if (!boss) return;
  for (const job of jobs)
    await boss.send(DELIVERY_QUEUE, job, {
      db: fromDrizzle(tx, sql),
      retryLimit: 3,
      ...(startAfter ? { startAfter } : {}),
    });
}

interface SendOutcome {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
}

/** One signed POST. 2xx is success; any other status, a network error or the timeout is a failed attempt. */
export async function sendDelivery(
  target: Pick<DistributionTargetRow, "url" | "secret">,
  delivery: Pick<DeliveryRow, "id" | "kind" | "body">,
  timeoutMs: number,
): Promise<SendOutcome> {
  const timestamp = Math.floor(Date.now() / 1000);
  const refused = await internalReceiverProblem(target.url);
  if (refused) return { ok: false, responseStatus: null, error: refused };
  try {
    const response = await fetch(target.url, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        "content-type": "application/json; charset=utf-8",
        "user-agent": "Jiyue-Webhook/1",
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: sign(target.secret, timestamp, delivery.body),
        [DELIVERY_HEADER]: delivery.id,
        [EVENT_HEADER]: delivery.kind,
      },
      body: delivery.body,
    });
    await response.body?.cancel().catch(() => {});
    if (response.status >= 200 && response.status < 300)
      return { ok: true, responseStatus: response.status, error: null };
    return { ok: false, responseStatus: response.status, error: `接收方返回 HTTP ${response.status}` };
  } catch (error) {
    const err = error as Error & { cause?: { code?: string; message?: string } };
    if (err.name === "TimeoutError" || err.name === "AbortError")
      return {
        ok: false,
        responseStatus: null,
        error: `超时：${Math.round(timeoutMs / 100) / 10} 秒内未响应`,
      };
    const detail = err.cause?.code ?? err.cause?.message ?? err.message;
    return { ok: false, responseStatus: null, error: `网络错误：${detail}`.slice(0, 500) };
  }
}

/** Makes attempt `attempts + 1` of a delivery if this caller wins its lease; otherwise does nothing. */
export async function attemptDelivery(
  db: ContentDb,
  job: DeliveryJob,
  settings: DistributionSettings,
): Promise<void> {
  const token = randomUUID();
  const repository = new DistributionRepository(db);
  const claimed = await repository.claim(job.deliveryId, job.attempts, token, settings.timeoutMs + 30_000);
  if (!claimed) return;
  const [target] = await repository.targetsByIds([claimed.targetId]);

  // Content superseded (a newer revision went live, or the article was taken down): sending would be stale.
  if (claimed.kind !== "retract") {
    const [article] = await db
      .select({
        status: articles.status,
        publishedRevisionId: articles.publishedRevisionId,
        deletedAt: articles.deletedAt,
      })
      .from(articles)
      .where(sql`${articles.id} = ${claimed.articleId}`);
    const live = article && !article.deletedAt && article.status !== "withdrawn";
    if (!live || article.publishedRevisionId !== claimed.revisionId) {
      await repository.closeClaimed(claimed.id, token, "cancelled", "稿件已更新或已撤稿，本次投递作废");
      return;
    }
  }
  if (!target || target.deletedAt || !target.enabled) {
    await db.transaction(async (tx) => {
      const closed = await new DistributionRepository(tx).closeClaimed(
        claimed.id,
        token,
        "failed",
        target?.deletedAt || !target ? "分发目标已删除" : "分发目标已停用",
      );
      if (closed)
        await emitEvent(tx, "content", deliveryEvent("delivery.failed", closed, SYSTEM_DISTRIBUTOR));
    });
    return;
  }

  const outcome = await sendDelivery(target, claimed, settings.timeoutMs);
  const at = new Date();
  const failedInRound = claimed.attempts + 1 - claimed.roundStart;
  const exhausted = !outcome.ok && failedInRound >= settings.maxAttempts;
  const result: AttemptResult = {
    ...outcome,
    status: outcome.ok ? "succeeded" : exhausted ? "failed" : "retrying",
    nextAttemptAt:
      outcome.ok || exhausted ? null : new Date(at.getTime() + retryDelayMs(settings, failedInRound)),
  };
  await db.transaction(async (tx) => {
    const row = await new DistributionRepository(tx).finishAttempt(claimed.id, token, result, at);
    if (!row) return;
    if (result.nextAttemptAt)
      await enqueueDeliveries(tx, [{ deliveryId: row.id, attempts: row.attempts }], result.nextAttemptAt);
    if (exhausted) await emitEvent(tx, "content", deliveryEvent("delivery.failed", row, SYSTEM_DISTRIBUTOR));
  });
  if (!outcome.ok)
    logger.warn(
      { deliveryId: claimed.id, attempt: claimed.attempts + 1, error: outcome.error, final: exhausted },
      "webhook delivery attempt failed",
    );
}

/** Starts the delivery worker and the sweep for one subgraph instance on its job queue; returns its stopper. */
export async function startDistribution(
  boss: PgBoss,
  db: ContentDb,
  settings: DistributionSettings = distributionSettings(),
): Promise<() => Promise<void>> {
  await boss.createQueue(DELIVERY_QUEUE, { retryLimit: 3, retryDelay: 5, retryBackoff: true });
  await boss.work<DeliveryJob>(
    DELIVERY_QUEUE,
    { pollingIntervalSeconds: settings.pollingIntervalSeconds, batchSize: 5 },
    async (jobs) => {
      await Promise.all(jobs.map((job) => attemptDelivery(db, job.data, settings)));
    },
  );
  running.add(boss);

  let sweeping: Promise<void> | null = null;
  const sweep = async () => {
    const due = await new DistributionRepository(db).overdue(settings.sweepGraceMs, 20);
    for (const row of due)
      await attemptDelivery(db, { deliveryId: row.id, attempts: row.attempts }, settings);
  };
  const timer = setInterval(() => {
    if (sweeping) return;
    sweeping = sweep()
      .catch((error) => logger.error({ err: error }, "delivery sweep failed"))
      .finally(() => {
        sweeping = null;
      });
  }, settings.sweepIntervalMs);
  timer.unref();

  return async () => {
    clearInterval(timer);
    running.delete(boss);
    await sweeping;
    await boss.offWork(DELIVERY_QUEUE);
  };
}
