// Reacts to identity's citizen.deleted (PIPL account deletion): the citizen's letters keep their public
// record but lose what identifies the writer; the citizen's notifications are deleted. Runs in the
// consumer's transaction, so it is applied exactly once per event (event_inbox).
import type { DomainEvent } from "@jiyue/server-kit";
import type { Executor } from "../letter/letter.repository";
import { type AnonymisedCounts, CitizenDataRepository } from "./citizen-data.repository";

export const CITIZEN_DELETED = "citizen.deleted";
const DELETED_NAME = "已注销用户";

export function isCitizenDeleted(event: Pick<DomainEvent, "producer" | "type">): boolean {
  return event.producer === "identity" && event.type === CITIZEN_DELETED;
}

export async function anonymiseDeletedCitizen(
  tx: Executor,
  event: Pick<DomainEvent, "aggregateId" | "payload">,
): Promise<AnonymisedCounts> {
  const payload = event.payload as { citizenId?: unknown; displayName?: unknown };
  const citizenId = typeof payload.citizenId === "string" ? payload.citizenId : event.aggregateId;
  const name = typeof payload.displayName === "string" ? payload.displayName : DELETED_NAME;
  return new CitizenDataRepository(tx).anonymise(citizenId, name);
}
