// The audit trail: appends every event of every subgraph with its actor, and lets only the audit admin
// (audit.read city-wide, 审计管理员) read it.
import { assertCan, type Caller, CITY, type DomainEvent, parseInput } from "@jiyue/server-kit";
import type { SupervisionDb } from "../../context";
import { AuditRepository } from "./audit.repository";
import { auditFilterInput, auditPageInput } from "./audit.validation";

export class AuditService {
  constructor(
    private readonly db: SupervisionDb,
    private readonly caller: Caller,
  ) {}

  async list(rawFilter: unknown, rawPage: { offset?: number | null; limit?: number | null }) {
    assertCan(this.caller, "audit.read", CITY);
    const filter = parseInput(auditFilterInput, rawFilter) ?? {};
    const page = parseInput(auditPageInput, {
      offset: rawPage.offset ?? undefined,
      limit: rawPage.limit ?? undefined,
    });
    return new AuditRepository(this.db).list(
      {
        type: filter.type || undefined,
        actorId: filter.actorId || undefined,
        siteId: filter.siteId ?? undefined,
        unitId: filter.unitId ?? undefined,
        from: filter.from ?? undefined,
        to: filter.to ?? undefined,
      },
      page.offset,
      page.limit,
    );
  }
}

/** Records one event in the audit trail (called by the consumer, once per event id). */
export async function recordAuditEvent(
  tx: Pick<SupervisionDb, "select" | "insert">,
  event: DomainEvent,
): Promise<void> {
  const actor = event.actor ?? { kind: "system", id: null };
  await new AuditRepository(tx).append({
    eventId: event.id,
    producer: event.producer,
    seq: event.seq,
    type: event.type,
    actorKind: actor.kind,
    actorId: actor.id ?? null,
    actorName: actor.name ?? null,
    actorRoles: actor.roles ?? [],
    actorIp: actor.ip ?? null,
    actorUserAgent: actor.userAgent ?? null,
    requestId: actor.requestId ?? null,
    siteId: event.siteId ?? null,
    unitId: event.unitId ?? null,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    payload: event.payload,
    occurredAt: new Date(event.occurredAt),
  });
}
