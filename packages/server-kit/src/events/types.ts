// The shape of a domain event as it travels from a producer's outbox to every consumer.

/** Who did it, with which role and scope, from where — the audit trail reads this. */
export interface EventActor {
  kind: "staff" | "citizen" | "client" | "service" | "anonymous" | "system";
  id: string | null;
  name?: string | null;
  /** Roles the caller held in the scope of the change, e.g. ["unit_admin@unit:…"]. */
  roles?: string[];
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface NewEvent<TPayload = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  siteId?: string | null;
  unitId?: string | null;
  payload: TPayload;
  actor: EventActor;
}

export interface DomainEvent<TPayload = Record<string, unknown>> extends NewEvent<TPayload> {
  id: string;
  /** Position in the producer's outbox; strictly increasing in commit order. */
  seq: number;
  producer: string;
  occurredAt: string;
}

/** What travels in a NOTIFY: the whole event when small enough, else only its position. */
export type EventNotification = { producer: string; seq: number; event?: DomainEvent };

export const EVENTS_CHANNEL = "jiyue_events";
export const outboxChannel = (producer: string) => `jiyue_outbox_${producer}`;
