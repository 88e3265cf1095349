// Events of new-media distribution (audit trail, future alerts). Never carries a target's secret.
import type { EventActor, NewEvent } from "@jiyue/server-kit";
import type { DeliveryRow, DistributionTargetRow } from "./distribution.sql";

export const SYSTEM_DISTRIBUTOR: EventActor = { kind: "system", id: null, name: "新媒体分发" };

export function targetEvent(
  type: string,
  row: DistributionTargetRow,
  actor: EventActor,
  extra: Record<string, unknown> = {},
): NewEvent {
  return {
    type,
    aggregateType: "distribution_target",
    aggregateId: row.id,
    siteId: row.siteId,
    unitId: row.unitId,
    payload: {
      target: {
        id: row.id,
        siteId: row.siteId,
        name: row.name,
        format: row.format,
        url: row.url,
        events: row.events,
        enabled: row.enabled,
        draftOnly: row.draftOnly,
      },
      ...extra,
    },
    actor,
  };
}

export function deliveryEvent(type: string, row: DeliveryRow, actor: EventActor): NewEvent {
  return {
    type,
    aggregateType: "delivery",
    aggregateId: row.id,
    siteId: row.siteId,
    unitId: row.unitId,
    payload: {
      delivery: {
        id: row.id,
        targetId: row.targetId,
        articleId: row.articleId,
        revisionId: row.revisionId,
        kind: row.kind,
        status: row.status,
        attempts: row.attempts,
        lastResponseStatus: row.lastResponseStatus,
        lastError: row.lastError,
      },
    },
    actor,
  };
}
