// Revocation before expiry: identity records per subject a time before which its access tokens no longer
// count (roles changed, account disabled, password reset, logout) and announces it as auth.sessions_revoked.
// Every subgraph keeps the recent ones in memory and refuses older tokens at once.
import type { Caller } from "../access/caller";
import { unauthenticated } from "../errors";
import { logger } from "../logger";
import type { TokenVerifier } from "./tokens";

export const SESSIONS_REVOKED = "auth.sessions_revoked";
export const REVOKED_MESSAGE = "权限已变更，请重新登录";
/** Longest access-token lifetime identity issues (15 minutes), plus room for clock skew. */
export const MAX_TOKEN_LIFETIME_MS = 20 * 60_000;

export interface SessionsRevokedPayload {
  subjectKind: "staff" | "citizen" | "client";
  subjectId: string;
  /** ISO time; tokens issued before it are refused. */
  validAfter: string;
}

export interface Revocation {
  subjectId: string;
  validAfter: string;
}

/** Fetches the revocations newer than `since` (identity's /internal/revocations). */
export type RevocationSource = (since: Date) => Promise<Revocation[]>;

export function httpRevocationSource(
  identityUrl: string,
  serviceToken: () => Promise<string>,
  fetchImpl: typeof fetch = fetch,
): RevocationSource {
  return async (since) => {
    const response = await fetchImpl(
      `${identityUrl}/internal/revocations?since=${encodeURIComponent(since.toISOString())}`,
      {
        headers: { authorization: `Bearer ${await serviceToken()}` },
        signal: AbortSignal.timeout(10_000),
      },
    );
    if (!response.ok) throw new Error(`revocations from ${identityUrl} failed: ${response.status}`);
    return ((await response.json()) as { revocations: Revocation[] }).revocations;
  };
}

/** The subject of a token-bearing caller and the token's issue time in milliseconds. */
export function tokenSubject(caller: Caller): { id: string; issuedAtMs: number | null } | null {
  const issuedAtMs = "issuedAt" in caller && caller.issuedAt !== undefined ? caller.issuedAt * 1000 : null;
  switch (caller.kind) {
    case "staff":
      return { id: caller.userId, issuedAtMs };
    case "citizen":
      return { id: caller.citizenId, issuedAtMs };
    case "client":
      return { id: caller.clientId, issuedAtMs };
    default:
      return null;
  }
}

/** True when a token issued at `issuedAtMs` predates `validAfterMs` (a token without iat always does). */
export function issuedBefore(issuedAtMs: number | null, validAfterMs: number): boolean {
  return issuedAtMs === null || Math.round(issuedAtMs) < validAfterMs;
}

/** subjectId → validAfter (ms), forgetting entries once every token they could refuse has expired. */
export class RevocationList {
  private readonly entries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  add(subjectId: string, validAfter: string | Date | number): void {
    const ms = validAfter instanceof Date ? validAfter.getTime() : new Date(validAfter).getTime();
    if (!Number.isFinite(ms)) return;
    if (ms > (this.entries.get(subjectId) ?? 0)) this.entries.set(subjectId, ms);
    this.prune();
  }

  get size(): number {
    return this.entries.size;
  }

  isRevoked(caller: Caller): boolean {
    const subject = tokenSubject(caller);
    if (!subject) return false;
    const validAfter = this.entries.get(subject.id);
    return validAfter !== undefined && issuedBefore(subject.issuedAtMs, validAfter);
  }

  prune(): void {
    const horizon = this.now() - MAX_TOKEN_LIFETIME_MS;
    for (const [subject, validAfter] of this.entries) {
      if (validAfter < horizon) this.entries.delete(subject);
    }
  }

  /** A verifier that also refuses revoked tokens. */
  guard(verify: TokenVerifier): TokenVerifier {
    return async (authorization) => {
      const caller = await verify(authorization);
      if (this.isRevoked(caller)) throw unauthenticated(REVOKED_MESSAGE);
      return caller;
    };
  }

  /** Seeds from identity, retrying in the background until identity answers; returns a stopper. */
  seed(source: RevocationSource, retryMs = 5_000): () => void {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    let warned = false;
    const attempt = async () => {
      if (stopped) return;
      try {
        const revocations = await source(new Date(this.now() - MAX_TOKEN_LIFETIME_MS));
        for (const revocation of revocations) this.add(revocation.subjectId, revocation.validAfter);
      } catch (error) {
        if (!warned) logger.warn({ err: error }, "revocations not loaded yet; retrying");
        warned = true;
        if (!stopped) {
          timer = setTimeout(() => void attempt(), retryMs);
          timer.unref();
        }
      }
    };
    void attempt();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }
}
