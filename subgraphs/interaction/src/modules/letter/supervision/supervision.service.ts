// 督办: city supervisors (letter.supervise) and the mailbox unit's dispatchers (letter.dispatch) see which
// running letters are overdue or soon due, and urge the handling unit; an urge is a timeline entry and a
// letter.supervised event (which notifies the lead and co-handling units) in one transaction.
import {
  actorOf,
  type Caller,
  can,
  conflict,
  forbidden,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  unauthenticated,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../../context";
import { canReadLetter } from "../letter.access";
import type { LetterLoaders } from "../letter.loaders";
import { CLOCK_RUNNING, LetterRepository } from "../letter.repository";
import type { LetterService } from "../letter.service";
import type { LetterRow } from "../letter.sql";
import * as v from "../letter.validation";
import { recordSupervision } from "./supervision.events";
import { REMIND_ACTION, SUPERVISE_ACTION } from "./supervision.repository";
import { REMINDER_HOURS_LABEL, warnWorkdays } from "./supervision.settings";

export interface LetterSupervisionSettingsView {
  warnWorkdays: number;
  reminderHours: string;
}

export interface LetterSupervisionStateView {
  overdue: boolean;
  dueSoon: boolean;
  supervisedCount: number;
  lastRemindedAt: Date | null;
}

export class LetterSupervisionService {
  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: LetterLoaders,
    private readonly letters: LetterService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  settings(): LetterSupervisionSettingsView {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    if (this.caller.kind !== "staff") throw forbidden("仅限工作人员查看");
    return { warnWorkdays: warnWorkdays(), reminderHours: REMINDER_HOURS_LABEL };
  }

  /** Overdue / soon due on the citizen's deadline, and the urges so far; staff only (citizens get null). */
  async stateOf(row: LetterRow): Promise<LetterSupervisionStateView | null> {
    if (this.caller.kind !== "staff") return null;
    const running = CLOCK_RUNNING.includes(row.status);
    const remaining = running ? (await this.letters.deadline(row)).remainingWorkdays : null;
    const actions = await this.loaders.actionsByLetter.load(row.id);
    const reminders = actions.filter((action) => action.action === REMIND_ACTION);
    return {
      overdue: remaining !== null && remaining < 0,
      dueSoon: remaining !== null && remaining >= 0 && remaining <= warnWorkdays(),
      supervisedCount: actions.filter((action) => action.action === SUPERVISE_ACTION).length,
      lastRemindedAt: reminders.at(-1)?.at ?? null,
    };
  }

  /** Urges the handling unit of a running letter; the comment goes on the timeline (staff only). */
  async supervise(id: string, rawComment: unknown): Promise<LetterRow> {
    if (this.caller.kind === "anonymous") throw unauthenticated();
    const comment = parseInput(v.superviseComment, rawComment);
    if (!isUuid(id)) throw notFound("信件", id);
    const caller = this.caller;
    const row = await this.db.transaction(async (tx) => {
      const repository = new LetterRepository(tx);
      const locked = await repository.lock(id);
      const units = locked ? await repository.unitsOf([id]) : [];
      if (!locked || !canReadLetter(caller, locked, units)) throw notFound("信件", id);
      const allowed =
        can(caller, "letter.supervise", { kind: "unit", unitId: locked.ownerUnitId }) ||
        can(caller, "letter.dispatch", { kind: "unit", unitId: locked.mailboxUnitId });
      if (!allowed) throw forbidden("仅市级督办人员或信箱所属单位的分办人员可以督办");
      if (!CLOCK_RUNNING.includes(locked.status))
        throw conflict("信件不在办理中，不能督办", { reason: "INVALID_TRANSITION", status: locked.status });
      const active = units.filter((unit) => !unit.endedAt).map((unit) => unit.unitId);
      await recordSupervision(tx, locked, {
        action: SUPERVISE_ACTION,
        event: "supervised",
        comment,
        notifyUnitIds: [...new Set([locked.ownerUnitId, ...active])],
        actor: actorOf(caller, this.request),
        at: this.now(),
      });
      return locked;
    });
    this.loaders.actionsByLetter.clear(id);
    return row;
  }
}
