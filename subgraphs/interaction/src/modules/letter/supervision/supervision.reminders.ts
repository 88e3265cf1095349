// Reminders (催办) for overdue letters: on working days of the official calendar, 09:00–17:30 China time,
// each running letter past its citizen deadline gets at most one reminder per working day — a timeline
// entry and a letter.reminded event that notifies the handling units. A pg-boss cron job runs it every half
// hour; pg-boss sends one job per occurrence across all instances, and each letter is re-checked under its
// row lock, so a duplicate or overlapping run never reminds a letter twice on one day.
import { type EventActor, logger } from "@jiyue/server-kit";
import type { PgBoss } from "pg-boss";
import type { InteractionDb } from "../../../context";
import { CalendarRepository } from "../../calendar/calendar.repository";
import { chinaDate, isWorkday, remainingWorkdays, type WorkCalendar } from "../../calendar/workdays";
import { CLOCK_RUNNING, LetterRepository } from "../letter.repository";
import { recordSupervision } from "./supervision.events";
import { REMIND_ACTION, SupervisionRepository } from "./supervision.repository";
import { REMINDER_FROM_MINUTE, REMINDER_UNTIL_MINUTE, warnWorkdays } from "./supervision.settings";

export const REMINDER_QUEUE = "letter-overdue-reminders";
/** Every half hour from 09:00 to 17:30 (Asia/Shanghai); the working-day check is the calendar's. */
const REMINDER_CRON = "*/30 9-17 * * *";
const REMINDER_ACTOR: EventActor = { kind: "system", id: null, name: "督办提醒" };

/** The instant a China day (YYYY-MM-DD) begins. */
function chinaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** A working day on the official calendar, between 09:00 and 17:30 China time. */
export function isReminderTime(now: Date, calendar: WorkCalendar): boolean {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  const minute = china.getUTCHours() * 60 + china.getUTCMinutes();
  return (
    isWorkday(chinaDate(now), calendar) && minute >= REMINDER_FROM_MINUTE && minute <= REMINDER_UNTIL_MINUTE
  );
}

/** Sends today's reminders that are still due; returns the ids of the letters reminded. */
export async function remindOverdueLetters(
  db: InteractionDb,
  options: { now?: Date; batch?: number } = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const batch = options.batch ?? 200;
  const calendar = await new CalendarRepository(db).load();
  if (!isReminderTime(now, calendar)) return [];
  const today = chinaDate(now);
  const since = chinaMidnight(today);
  const reminded: string[] = [];
  for (;;) {
    const due = await new SupervisionRepository(db).overdueNotRemindedSince(today, since, batch);
    let progressed = false;
    for (const id of due) {
      const done = await db.transaction(async (tx) => {
        const letter = await new LetterRepository(tx).lock(id);
        // Answered, paused or reminded by another run meanwhile.
        if (!letter?.citizenDueOn || !CLOCK_RUNNING.includes(letter.status) || letter.citizenDueOn >= today)
          return false;
        if (await new SupervisionRepository(tx).remindedSince(id, since)) return false;
        const units = await new LetterRepository(tx).unitsOf([id]);
        const active = units.filter((unit) => !unit.endedAt).map((unit) => unit.unitId);
        const late = -remainingWorkdays(letter.citizenDueOn, calendar, now);
        await recordSupervision(tx, letter, {
          action: REMIND_ACTION,
          event: "reminded",
          comment: `已超过办理期限（${letter.citizenDueOn}）${late} 个工作日，请尽快办理`,
          notifyUnitIds: [...new Set([letter.ownerUnitId, ...active])],
          actor: REMINDER_ACTOR,
          at: now,
        });
        return true;
      });
      if (done) {
        reminded.push(id);
        progressed = true;
      }
    }
    if (due.length < batch || !progressed) return reminded;
  }
}

/** Starts the reminder cron for one subgraph instance on its job queue; returns its stopper. */
export async function startLetterReminders(boss: PgBoss, db: InteractionDb): Promise<() => Promise<void>> {
  // A mistyped warning setting stops the process at start rather than failing every request.
  warnWorkdays();
  await boss.createQueue(REMINDER_QUEUE, { retryLimit: 2, retryDelay: 60, retryBackoff: true });
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, null, { tz: "Asia/Shanghai" });
  await boss.work(REMINDER_QUEUE, async () => {
    const reminded = await remindOverdueLetters(db);
    if (reminded.length) logger.info({ count: reminded.length }, "overdue letters reminded");
  });
  return async () => {
    await boss.offWork(REMINDER_QUEUE);
  };
}
