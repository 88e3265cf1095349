// Writing events: inside the caller's transaction, into the producer's own outbox.
import { sql } from "drizzle-orm";
import type { Caller } from "../access/caller";
import { callerId } from "../access/caller";
import type { EventActor, NewEvent } from "./types";
import { outboxChannel } from "./types";

/** Anything that can run a drizzle `sql` statement: a db or a transaction. */
export interface SqlExecutor {
  execute(query: ReturnType<typeof sql>): Promise<unknown>;
}

/**
 * Appends events to `<producer>.outbox` in the caller's transaction. A transaction-scoped advisory lock makes
 * outbox sequence order equal commit order, so a consumer that has seen seq N has seen everything before it.
 */
export async function emitEvents(tx: SqlExecutor, producer: string, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const table = sql.raw(`"${producer}"."outbox"`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`jiyue:outbox:${producer}`}))`);
  for (const event of events) {
    await tx.execute(sql`insert into ${table} (type, aggregate_type, aggregate_id, site_id, unit_id, payload, actor)
      values (${event.type}, ${event.aggregateType}, ${event.aggregateId}, ${event.siteId ?? null}, ${event.unitId ?? null},
              ${JSON.stringify(event.payload)}::jsonb, ${JSON.stringify(event.actor)}::jsonb)`);
  }
  await tx.execute(sql`select pg_notify(${outboxChannel(producer)}, '')`);
}

export async function emitEvent(tx: SqlExecutor, producer: string, event: NewEvent): Promise<void> {
  await emitEvents(tx, producer, [event]);
}

export interface RequestInfo {
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

/** The audit actor for a caller; `roles` names the grants that allowed the change. */
export function actorOf(caller: Caller, request: RequestInfo = {}, roles?: string[]): EventActor {
  const name =
    caller.kind === "staff" || caller.kind === "citizen"
      ? caller.displayName
      : caller.kind === "client"
        ? caller.name
        : null;
  return {
    kind: caller.kind,
    id: callerId(caller),
    name,
    roles:
      roles ??
      (caller.kind === "staff"
        ? caller.grants.map(
            (grant) =>
              `${grant.role}@${grant.siteId ? `site:${grant.siteId}` : grant.unitId ? `unit:${grant.unitId}` : "city"}`,
          )
        : undefined),
    ip: request.ip ?? null,
    userAgent: request.userAgent ?? null,
    requestId: request.requestId ?? null,
  };
}
