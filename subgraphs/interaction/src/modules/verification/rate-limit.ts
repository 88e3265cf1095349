// Limits that must hold across replicas: events counted in PostgreSQL per key within a window, checked and
// recorded under an advisory lock in the caller's transaction (so parallel requests cannot all slip through).
import { tooManyRequests } from "@jiyue/server-kit";
import { type VerificationExecutor, VerificationRepository } from "./verification.repository";

export interface Limit {
  key: string;
  /** Events allowed within the window; 0 or less means no limit. */
  max: number;
  windowMs: number;
  message: string;
}

/** Throws TOO_MANY_REQUESTS when one of the limits is reached (read-only; for failing fast). */
export async function checkLimits(
  db: VerificationExecutor,
  limits: readonly Limit[],
  now: Date,
): Promise<void> {
  const repository = new VerificationRepository(db);
  for (const limit of limits) {
    if (limit.max <= 0) continue;
    const since = new Date(now.getTime() - limit.windowMs);
    if ((await repository.countEvents(limit.key, since)) >= limit.max)
      throw tooManyRequests(limit.message, Math.ceil(limit.windowMs / 1000));
  }
}

/** Inside a transaction: locks the keys, checks every limit, then records one event per key. */
export async function takeLimits(
  tx: VerificationExecutor,
  limits: readonly Limit[],
  now: Date,
): Promise<void> {
  const repository = new VerificationRepository(tx);
  const active = limits.filter((limit) => limit.max > 0).sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const limit of active) await repository.lockKey(limit.key);
  await checkLimits(tx, active, now);
  for (const limit of active) await repository.recordEvent(limit.key, now);
}

/** Shared with identity's phone codes (one reading of the environment for the whole platform). */
export { limitFromEnv } from "@jiyue/server-kit";
