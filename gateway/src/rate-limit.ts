// Per-API-client rate limit: a token bucket per client id (from the verified token), refilled continuously.
// In-process: with N gateway replicas behind a load balancer each enforces the configured rate on its own
// share, so a client may reach up to N × the rate in total; configure the per-replica rate accordingly.
// Staff, citizens and anonymous callers are not limited here.
import type { Caller } from "@jiyue/server-kit";
import type express from "express";

export interface ClientRateLimit {
  /** Sustained requests per minute per client. */
  perMinute: number;
  /** Bucket size: requests a client may make at once after being idle. */
  burst: number;
}

export const DEFAULT_CLIENT_RATE_LIMIT: ClientRateLimit = { perMinute: 600, burst: 100 };
export const TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";

/**
 * JIYUE_CLIENT_RATE_LIMIT = "<n>/min" | "<n>/s" | "<n>/h" (or a bare number per minute), JIYUE_CLIENT_RATE_BURST
 * = bucket size (default: a tenth of a minute's worth, at least 1). Unset: 600/min, burst 100.
 */
export function parseClientRateLimit(rate: string | undefined, burst: string | undefined): ClientRateLimit {
  let perMinute = DEFAULT_CLIENT_RATE_LIMIT.perMinute;
  if (rate !== undefined && rate.trim() !== "") {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(s|sec|second|m|min|minute|h|hour))?\s*$/i.exec(rate);
    if (!match) throw new Error(`JIYUE_CLIENT_RATE_LIMIT: expected e.g. "600/min", got "${rate}"`);
    const count = Number(match[1]);
    const unit = (match[2] ?? "min").toLowerCase();
    perMinute = unit.startsWith("s") ? count * 60 : unit.startsWith("h") ? count / 60 : count;
  }
  if (!(perMinute > 0)) throw new Error("JIYUE_CLIENT_RATE_LIMIT must be positive");
  let size =
    rate === undefined || rate.trim() === ""
      ? DEFAULT_CLIENT_RATE_LIMIT.burst
      : Math.max(1, Math.floor(perMinute / 10));
  if (burst !== undefined && burst.trim() !== "") {
    size = Number(burst);
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`JIYUE_CLIENT_RATE_BURST must be a whole number ≥ 1, got "${burst}"`);
  }
  return { perMinute, burst: size };
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Token buckets keyed by client id. `take` answers 0 when allowed, else the seconds until it would be. */
export class ClientBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly limit: ClientRateLimit,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = limit.perMinute / 60_000;
  }

  take(clientId: string, cost = 1): number {
    const now = this.now();
    const bucket = this.refill(clientId, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return 0;
    }
    // A request larger than the bucket can never pass: wait for a full bucket.
    const missing = Math.min(cost, this.limit.burst) - bucket.tokens;
    return Math.max(1, Math.ceil(missing / this.perMs / 1000));
  }

  private refill(clientId: string, now: number): Bucket {
    let bucket = this.buckets.get(clientId);
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.sweep(now);
      bucket = { tokens: this.limit.burst, at: now };
      this.buckets.set(clientId, bucket);
      return bucket;
    }
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    return bucket;
  }

  /** Drops buckets that have refilled completely: they hold no state worth keeping. */
  private sweep(now: number): void {
    for (const [id, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.limit.burst) this.buckets.delete(id);
    }
  }
}

/**
 * Express middleware after token verification and body parsing: an API client's request costs one token per
 * operation (a batch of 5 costs 5). Over the limit → 429, Retry-After, GraphQL error TOO_MANY_REQUESTS.
 */
export function clientRateLimit(limit: ClientRateLimit, now?: () => number): express.RequestHandler {
  const buckets = new ClientBuckets(limit, now);
  return (req, res, next) => {
    const caller = res.locals.caller as Caller | undefined;
    if (caller?.kind !== "client") {
      next();
      return;
    }
    const cost = Array.isArray(req.body) ? Math.max(1, req.body.length) : 1;
    const retryAfter = buckets.take(caller.clientId, cost);
    if (retryAfter === 0) {
      next();
      return;
    }
    res.setHeader("retry-after", String(retryAfter));
    res.status(429).json({
      errors: [
        {
          message: `请求过于频繁，请 ${retryAfter} 秒后重试`,
          extensions: { code: TOO_MANY_REQUESTS, retryAfterSeconds: retryAfter },
        },
      ],
    });
  };
}
