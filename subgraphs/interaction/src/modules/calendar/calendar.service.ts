// The working-day calendar: anyone may read it (deadlines are public), only the platform admin edits it
// (calendar.manage, city-wide); edits are events for the audit trail.
import {
  actorOf,
  assertCan,
  type Caller,
  CITY,
  emitEvent,
  parseInput,
  type RequestInfo,
} from "@jiyue/server-kit";
import type { InteractionDb } from "../../context";
import { CalendarRepository } from "./calendar.repository";
import type { CalendarDayRow, CalendarYearRow } from "./calendar.sql";
import { setCalendarDayInput, setCalendarYearInput, year as yearInput } from "./calendar.validation";
import { chineseDaysSeed } from "./chinese-days.seed";
import type { WorkCalendar } from "./workdays";

export interface CalendarYearView {
  year: number;
  covered: boolean;
  days: CalendarDayRow[];
}

export class CalendarService {
  private calendar: Promise<WorkCalendar> | undefined;

  constructor(
    private readonly db: InteractionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
  ) {}

  /** The calendar, loaded once per request. */
  workCalendar(): Promise<WorkCalendar> {
    this.calendar ??= new CalendarRepository(this.db).load();
    return this.calendar;
  }

  async year(rawYear: number): Promise<CalendarYearView> {
    const year = parseInput(yearInput, rawYear);
    const repository = new CalendarRepository(this.db);
    const [row, days] = await Promise.all([repository.year(year), repository.daysOfYear(year)]);
    return { year, covered: row?.covered ?? false, days };
  }

  async setDay(rawInput: unknown): Promise<CalendarDayRow> {
    const input = parseInput(setCalendarDayInput, rawInput);
    assertCan(this.caller, "calendar.manage", CITY);
    return this.db.transaction(async (tx) => {
      const row = await new CalendarRepository(tx).setDay(input.date, input.kind, input.name);
      await emitEvent(tx, "interaction", {
        type: "calendar.day_set",
        aggregateType: "calendar",
        aggregateId: row.date,
        siteId: null,
        unitId: null,
        payload: { day: { date: row.date, kind: row.kind, name: row.name } },
        actor: actorOf(this.caller, this.request),
      });
      return row;
    });
  }

  async setYearCovered(rawInput: unknown): Promise<CalendarYearRow> {
    const input = parseInput(setCalendarYearInput, rawInput);
    assertCan(this.caller, "calendar.manage", CITY);
    return this.db.transaction(async (tx) => {
      const row = await new CalendarRepository(tx).setYearCovered(input.year, input.covered);
      await emitEvent(tx, "interaction", {
        type: "calendar.year_covered",
        aggregateType: "calendar",
        aggregateId: String(row.year),
        siteId: null,
        unitId: null,
        payload: { year: row.year, covered: row.covered },
        actor: actorOf(this.caller, this.request),
      });
      return row;
    });
  }
}

/** At start: the years chinese-days covers that the table does not have yet. */
export async function seedCalendar(db: InteractionDb): Promise<number[]> {
  const { days, years } = chineseDaysSeed();
  return db.transaction((tx) => new CalendarRepository(tx).seed(days, years));
}
