// The timeline entry and letter.* event of a 督办 or a reminder, written together in the caller's transaction.
import { type EventActor, emitEvent } from "@jiyue/server-kit";
import type { InteractionDb } from "../../../context";
import { type Executor, LetterRepository } from "../letter.repository";
import type { LetterRow } from "../letter.sql";

export async function recordSupervision(
  tx: Executor & Pick<InteractionDb, "execute">,
  row: LetterRow,
  entry: {
    action: string;
    event: string;
    comment: string;
    /** The handling units (lead and active co-handlers) the event notifies. */
    notifyUnitIds: string[];
    actor: EventActor;
    at: Date;
  },
): Promise<void> {
  await new LetterRepository(tx).record({
    letterId: row.id,
    action: entry.action,
    actorKind: entry.actor.kind,
    actorId: entry.actor.id,
    actorName: entry.actor.name ?? null,
    unitId: row.ownerUnitId,
    comment: entry.comment,
    at: entry.at,
  });
  await emitEvent(tx, "interaction", {
    type: `letter.${entry.event}`,
    aggregateType: "letter",
    aggregateId: row.id,
    siteId: row.siteId,
    unitId: row.ownerUnitId,
    payload: {
      letter: {
        id: row.id,
        mailboxId: row.mailboxId,
        mailboxUnitId: row.mailboxUnitId,
        ownerUnitId: row.ownerUnitId,
        citizenId: row.citizenId,
        status: row.status,
        citizenDueOn: row.citizenDueOn,
      },
      action: entry.action,
      unitId: row.ownerUnitId,
      comment: entry.comment,
      notifyUnitIds: entry.notifyUnitIds,
    },
    actor: entry.actor,
  });
}
