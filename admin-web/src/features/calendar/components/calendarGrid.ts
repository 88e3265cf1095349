// Month grids for the working-day calendar: what each day is, from the stored exceptions and the weekday.
import type { CalendarDayKind } from "#gql/graphql";

/** A day as the calendar treats it: stored kinds, or an ordinary weekday / weekend. */
export type DayKind = CalendarDayKind | "WEEKEND";

export const KIND_LABELS: Record<DayKind, string> = {
  WORKDAY: "工作日",
  WEEKEND: "休息日",
  HOLIDAY: "节假日",
  MAKEUP_WORKDAY: "调休上班",
};

export const KIND_COLORS: Record<DayKind, { background: string; color: string }> = {
  WORKDAY: { background: "#ffffff", color: "rgba(0,0,0,0.88)" },
  WEEKEND: { background: "#f5f5f5", color: "rgba(0,0,0,0.45)" },
  HOLIDAY: { background: "#fff1f0", color: "#cf1322" },
  MAKEUP_WORKDAY: { background: "#fff7e6", color: "#d46b08" },
};

export interface GridDay {
  date: string;
  day: number;
  kind: DayKind;
  name: string;
  /** Stored in the calendar table (not just the ordinary week). */
  stored: boolean;
}

export interface StoredDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

/** `YYYY-MM-DD` of a calendar day (computed in UTC, so the browser's zone does not matter). */
export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/** The weeks of a month (Monday first), each seven cells, blanks as null. */
export function monthWeeks(
  year: number,
  month: number,
  stored: ReadonlyMap<string, StoredDay>,
): (GridDay | null)[][] {
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const cells: (GridDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = isoDay(year, month, day);
    const entry = stored.get(date);
    const weekday = new Date(Date.UTC(year, month, day)).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    cells.push({
      date,
      day,
      kind: entry ? entry.kind : weekend ? "WEEKEND" : "WORKDAY",
      name: entry?.name ?? "",
      stored: !!entry,
    });
  }
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}
