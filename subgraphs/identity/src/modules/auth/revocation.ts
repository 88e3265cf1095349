// Revocation before expiry: a subject's tokens issued before `tokens_valid_after` are refused here at once
// and, through auth.sessions_revoked, by every other subgraph.
import {
  type Caller,
  type EventActor,
  emitEvent,
  issuedBefore,
  REVOKED_MESSAGE,
  type Revocation,
  SESSIONS_REVOKED,
  type SessionsRevokedPayload,
  type TokenVerifier,
  tokenSubject,
  unauthenticated,
} from "@jiyue/server-kit";
import { eq, gt, sql } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { apiClients } from "../api-client/api-client.sql";
import { citizens } from "../citizen/citizen.sql";
import { users } from "../user/user.sql";

type RevocableKind = "staff" | "citizen" | "client";

const TABLES = { staff: users, citizen: citizens, client: apiClients } as const;
const AGGREGATES = { staff: "user", citizen: "citizen", client: "api_client" } as const;

// Milliseconds, like the tokens' iat: a sign-in right after the revocation is not refused.
const NOW_MS = sql<Date>`date_trunc('milliseconds', now())`;

/** Refuses the subject's existing access tokens and announces it, in the caller's transaction. */
export async function revokeSessions(
  tx: Executor,
  kind: RevocableKind,
  subjectId: string,
  actor: EventActor,
  unitId: string | null = null,
): Promise<void> {
  const table = TABLES[kind];
  const [row] = await tx
    .update(table)
    .set({ tokensValidAfter: NOW_MS })
    .where(eq(table.id, subjectId))
    .returning({ validAfter: table.tokensValidAfter });
  if (!row?.validAfter) return;
  const payload: SessionsRevokedPayload = {
    subjectKind: kind,
    subjectId,
    validAfter: row.validAfter.toISOString(),
  };
  await emitEvent(tx, "identity", {
    type: SESSIONS_REVOKED,
    aggregateType: AGGREGATES[kind],
    aggregateId: subjectId,
    unitId,
    payload: { ...payload },
    actor,
  });
}

/** Subjects revoked after `since` (seeds the other subgraphs' revocation lists). */
export async function revocationsSince(db: Executor, since: Date): Promise<Revocation[]> {
  const rows = await Promise.all(
    Object.values(TABLES).map((table) =>
      db
        .select({ subjectId: table.id, validAfter: table.tokensValidAfter })
        .from(table)
        .where(gt(table.tokensValidAfter, since)),
    ),
  );
  return rows
    .flat()
    .flatMap(({ subjectId, validAfter }) =>
      validAfter ? [{ subjectId, validAfter: validAfter.toISOString() }] : [],
    );
}

/** Identity's own check, straight from its tables (once per request, when the caller is verified). */
export function revocationCheckingVerifier(
  verify: TokenVerifier,
  db: () => Executor | undefined,
): TokenVerifier {
  return async (authorization) => {
    const caller = await verify(authorization);
    const executor = db();
    if (executor && (await revoked(executor, caller))) throw unauthenticated(REVOKED_MESSAGE);
    return caller;
  };
}

async function revoked(db: Executor, caller: Caller): Promise<boolean> {
  if (caller.kind !== "staff" && caller.kind !== "citizen" && caller.kind !== "client") return false;
  const subject = tokenSubject(caller);
  if (!subject) return false;
  const table = TABLES[caller.kind];
  const [row] = await db
    .select({ validAfter: table.tokensValidAfter })
    .from(table)
    .where(eq(table.id, subject.id));
  return !!row?.validAfter && issuedBefore(subject.issuedAtMs, row.validAfter.getTime());
}
