// Scheduled publish / takedown as durable pg-boss jobs in PostgreSQL (schema content_jobs). A job only says
// "look at this article at this time"; the handler acts only if the article still has that schedule, under the
// article's row lock, so a stale, duplicated or concurrently fetched job does nothing (exactly-once effect).
import { logger } from "@jiyue/server-kit";
import type pg from "pg";
import type { PgBoss } from "pg-boss";

export const SCHEDULE_QUEUE = "article-schedule";

export interface ScheduledJob {
  articleId: string;
  kind: "publish" | "unpublish";
  /** ISO time the action was scheduled for; must still equal the article's schedule when the job fires. */
  at: string;
}

export interface Scheduler {
  schedule(job: ScheduledJob): Promise<void>;
}

interface Slot {
  promise: Promise<Scheduler>;
  resolve(scheduler: Scheduler): void;
}
const slots = new WeakMap<object, Slot>();

function slotFor(key: object): Slot {
  let slot = slots.get(key);
  if (!slot) {
    let resolve: (scheduler: Scheduler) => void = () => {};
    const promise = new Promise<Scheduler>((done) => {
      resolve = done;
    });
    slot = { promise, resolve };
    slots.set(key, slot);
  }
  return slot;
}

/** The scheduler of the subgraph instance owning `key` (its pool); waits until the instance started it. */
export function schedulerFor(key: object, timeoutMs = 10_000): Promise<Scheduler> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error("content job queue is not running")), timeoutMs);
    timer.unref();
  });
  return Promise.race([slotFor(key).promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts pg-boss and the worker for one subgraph instance; returns its stopper. `pending` lists the schedules
 * recorded on articles: any without a queued job (lost queue, restored backup…) is queued again at start.
 */
export async function startScheduler(
  boss: PgBoss,
  pool: pg.Pool,
  handle: (job: ScheduledJob) => Promise<void>,
  options: { pollingIntervalSeconds?: number; pending?: () => Promise<ScheduledJob[]> } = {},
): Promise<() => Promise<void>> {
  await boss.createQueue(SCHEDULE_QUEUE, { retryLimit: 5, retryDelay: 2, retryBackoff: true });
  await boss.work<ScheduledJob>(
    SCHEDULE_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 5 },
    async (jobs) => {
      for (const job of jobs) await handle(job.data);
    },
  );
  const schedule = async (job: ScheduledJob) => {
    await boss.sendAfter(SCHEDULE_QUEUE, job, { retryLimit: 5 }, new Date(job.at));
  };
  for (const job of (await options.pending?.()) ?? []) {
    const queued = await boss.findJobs(SCHEDULE_QUEUE, { data: job, queued: true, limit: 1 });
    if (queued.length > 0) continue;
    logger.warn({ job }, "re-queuing a scheduled action whose job was missing");
    await schedule(job);
  }
  slotFor(pool).resolve({ schedule });
  return async () => {
    slots.delete(pool);
    await boss.offWork(SCHEDULE_QUEUE);
  };
}
