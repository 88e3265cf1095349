// Citizen notifications: what happened to the citizen's own letters that needs their attention (a reply
// was published, the unit asks for more information). Written by the letter step itself (same
// transaction), read and marked read only by that citizen.
import { type Caller, forbidden, parseInput, unauthenticated } from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import type { Executor } from "../letter/letter.repository";
import type { LetterRow } from "../letter/letter.sql";
import { NotificationRepository } from "./notification.repository";
import type { CitizenNotificationRow, NotificationKind } from "./notification.sql";
import { notificationIds, notificationLimit } from "./notification.validation";

/** Timeline actions that notify the letter's citizen, and as what. */
const NOTIFYING_ACTIONS: Record<string, NotificationKind> = {
  publish_reply: "reply_published",
  request_info: "info_requested",
};

/** Called by every recorded letter step: notifies the writer (a signed-in citizen) when it concerns them. */
export async function notifyCitizenOfLetterStep(
  tx: Executor,
  letter: LetterRow,
  action: string,
  comment: string | null,
): Promise<void> {
  const kind = NOTIFYING_ACTIONS[action];
  if (!kind || !letter.citizenId) return;
  await new NotificationRepository(tx).insert({
    citizenId: letter.citizenId,
    letterId: letter.id,
    kind,
    letterTitle: letter.title,
    detail: kind === "info_requested" ? comment : null,
  });
}

export class NotificationService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
  ) {}

  mine(rawLimit: unknown): Promise<CitizenNotificationRow[]> {
    const citizenId = this.citizenId();
    return new NotificationRepository(this.db).ofCitizen(citizenId, parseInput(notificationLimit, rawLimit));
  }

  unreadCount(): Promise<number> {
    return new NotificationRepository(this.db).unreadCount(this.citizenId());
  }

  markRead(rawIds: unknown): Promise<number> {
    const citizenId = this.citizenId();
    const ids = parseInput(notificationIds, rawIds) ?? null;
    return new NotificationRepository(this.db).markRead(citizenId, ids);
  }

  private citizenId(): string {
    if (this.caller.kind === "citizen") return this.caller.citizenId;
    if (this.caller.kind === "anonymous") throw unauthenticated();
    throw forbidden("仅市民本人可以查看通知");
  }
}
