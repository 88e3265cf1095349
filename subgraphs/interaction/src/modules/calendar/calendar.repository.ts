// The only place with SQL for the working-day calendar.
import { and, asc, gte, lt, sql } from "drizzle-orm";
import type { InteractionDb } from "../../context";
import { type CalendarDayRow, type CalendarYearRow, calendarDays, calendarYears } from "./calendar.sql";
import type { SeedDay } from "./chinese-days.seed";
import type { DayKind, WorkCalendar } from "./workdays";

type Executor = Pick<InteractionDb, "select" | "insert" | "update" | "delete">;

export class CalendarRepository {
  constructor(private readonly db: Executor) {}

  /** The whole calendar (a few hundred rows per decade): deadlines need any year a letter may span. */
  async load(): Promise<WorkCalendar> {
    const [days, years] = await Promise.all([
      this.db.select({ date: calendarDays.date, kind: calendarDays.kind }).from(calendarDays),
      this.db.select().from(calendarYears),
    ]);
    return {
      days: new Map(days.map((day) => [day.date, day.kind])),
      coveredYears: new Set(years.filter((year) => year.covered).map((year) => year.year)),
    };
  }

  daysOfYear(year: number): Promise<CalendarDayRow[]> {
    return this.db
      .select()
      .from(calendarDays)
      .where(and(gte(calendarDays.date, `${year}-01-01`), lt(calendarDays.date, `${year + 1}-01-01`)))
      .orderBy(asc(calendarDays.date));
  }

  async year(year: number): Promise<CalendarYearRow | undefined> {
    const [row] = await this.db.select().from(calendarYears).where(sql`${calendarYears.year} = ${year}`);
    return row;
  }

  async setDay(date: string, kind: DayKind, name: string): Promise<CalendarDayRow> {
    const [row] = await this.db
      .insert(calendarDays)
      .values({ date, kind, name, source: "admin" })
      .onConflictDoUpdate({
        target: calendarDays.date,
        set: { kind, name, source: "admin", updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error("calendar day upsert returned nothing");
    return row;
  }

  async setYearCovered(year: number, covered: boolean): Promise<CalendarYearRow> {
    const [row] = await this.db
      .insert(calendarYears)
      .values({ year, covered, source: "admin" })
      .onConflictDoUpdate({
        target: calendarYears.year,
        set: { covered, source: "admin", updatedAt: new Date() },
      })
      .returning();
    if (!row) throw new Error("calendar year upsert returned nothing");
    return row;
  }

  /**
   * Seeds only years not in the table yet, so an admin's edits (and a year the admin un-covered) survive
   * every restart; a newer chinese-days release adds its new years.
   */
  async seed(days: SeedDay[], years: number[]): Promise<number[]> {
    const known = new Set(
      (await this.db.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year),
    );
    const fresh = years.filter((year) => !known.has(year));
    if (!fresh.length) return [];
    const rows = days.filter((day) => fresh.includes(Number(day.date.slice(0, 4))));
    for (let index = 0; index < rows.length; index += 500) {
      await this.db
        .insert(calendarDays)
        .values(rows.slice(index, index + 500))
        .onConflictDoNothing();
    }
    await this.db
      .insert(calendarYears)
      .values(fresh.map((year) => ({ year, covered: true })))
      .onConflictDoNothing();
    return fresh;
  }
}
