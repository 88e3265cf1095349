// Reacts to identity's citizen.deleted (PIPL account deletion): the citizen's letters keep their public
// record but lose what identifies the writer (their knowledge entries too, announced as updated so the portal
// drops its copies); the citizen's notifications are deleted. Runs in the consumer's transaction, so it is
// applied exactly once per event (event_inbox).
import type { DomainEvent, SqlExecutor } from "@jiyue/server-kit";
import { emitKnowledgeEvent } from "../knowledge/knowledge.letters";
import type { Executor } from "../letter/letter.repository";
import { type AnonymisedCounts, CitizenDataRepository } from "./citizen-data.repository";

export const CITIZEN_DELETED = "citizen.deleted";
const DELETED_NAME = "已注销用户";

export function isCitizenDeleted(event: Pick<DomainEvent, "producer" | "type">): boolean {
  return event.producer === "identity" && event.type === CITIZEN_DELETED;
}

/**
 * `displayName` in the event is the name the account now has (已注销用户), which the citizen's timeline entries
 * take; the names to remove are those the timeline recorded for the citizen.
 */
export async function anonymiseDeletedCitizen(
  tx: Executor & SqlExecutor,
  event: Pick<DomainEvent, "aggregateId" | "payload" | "actor">,
): Promise<AnonymisedCounts> {
  const payload = event.payload as { citizenId?: unknown; displayName?: unknown };
  const citizenId = typeof payload.citizenId === "string" ? payload.citizenId : event.aggregateId;
  const name = typeof payload.displayName === "string" ? payload.displayName : DELETED_NAME;
  const counts = await new CitizenDataRepository(tx).anonymise(citizenId, name);
  for (const entry of counts.knowledgeEntries)
    if (entry.status === "published")
      await emitKnowledgeEvent(tx, "entry_updated", entry, { ...event.actor, name });
  return counts;
}
