// Working days on the official calendar (holidays and 调休 make-up days) and letter deadlines. Pure: the
// caller passes the calendar; dates are "YYYY-MM-DD" days in China Standard Time (UTC+8, no DST).

export type DayKind = "workday" | "holiday" | "makeup_workday";

export interface WorkCalendar {
  /** Days that differ from, or restate, the ordinary week: holidays, make-up working days, overrides. */
  days: ReadonlyMap<string, DayKind>;
  /** Years whose holidays and make-up days have been entered (published by the State Council). */
  coveredYears: ReadonlySet<number>;
}

export interface Pause {
  /** When the handler asked the citizen for information. */
  from: Date;
  /** When it arrived; null while still waiting. */
  to: Date | null;
}

export interface DeadlineResult {
  /** The last working day to finish on. */
  dueOn: string;
  /** Some day counted lies in a year the calendar does not cover: counted as an ordinary week, check it. */
  uncovered: boolean;
}

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar day of an instant in China. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function nextDay(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function isCovered(date: string, calendar: WorkCalendar): boolean {
  return calendar.coveredYears.has(yearOf(date));
}

/** A day listed in the calendar decides; otherwise Monday to Friday are working days. */
export function isWorkday(date: string, calendar: WorkCalendar): boolean {
  const kind = calendar.days.get(date);
  if (kind) return kind !== "holiday";
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The `count`-th working day after `date` (the day itself never counts), skipping days in `skip`. */
export function addWorkdays(
  date: string,
  count: number,
  calendar: WorkCalendar,
  skip: (day: string) => boolean = () => false,
): DeadlineResult {
  let day = date;
  let counted = 0;
  let uncovered = !isCovered(date, calendar);
  // A guard against a calendar with no working days at all (e.g. an admin marking years as holidays).
  for (let steps = 0; counted < count; steps++) {
    if (steps > 3660) throw new Error("no working days within ten years");
    day = nextDay(day);
    if (!isCovered(day, calendar)) uncovered = true;
    if (isWorkday(day, calendar) && !skip(day)) counted++;
  }
  return { dueOn: day, uncovered };
}

/**
 * The deadline of a clock started at `startedAt` with `workdays` working days: counting starts on the next
 * working day after the start; working days after a request for information up to and including the day
 * the information arrived do not count (an open pause is taken as ending today).
 */
export function computeDeadline(
  startedAt: Date,
  workdays: number,
  pauses: readonly Pause[],
  calendar: WorkCalendar,
  now: Date = new Date(),
): DeadlineResult {
  const today = chinaDate(now);
  const ranges = pauses
    .filter((pause) => (pause.to ?? now).getTime() > startedAt.getTime())
    .map((pause) => ({
      after: chinaDate(pause.from.getTime() < startedAt.getTime() ? startedAt : pause.from),
      through: pause.to ? chinaDate(pause.to) : today,
    }));
  const paused = (day: string) => ranges.some((range) => day > range.after && day <= range.through);
  return addWorkdays(chinaDate(startedAt), workdays, calendar, paused);
}

/** Working days left from today until `dueOn` (0 on the due day, negative once overdue). */
export function remainingWorkdays(dueOn: string, calendar: WorkCalendar, now: Date = new Date()): number {
  const today = chinaDate(now);
  if (today === dueOn) return 0;
  const forward = today < dueOn;
  let day = today;
  let count = 0;
  for (let steps = 0; day !== dueOn && steps < 3660; steps++) {
    day = nextDay(day, forward ? 1 : -1);
    if (forward ? isWorkday(day, calendar) : isWorkday(nextDay(day), calendar)) count++;
  }
  return forward ? count : -count;
}
