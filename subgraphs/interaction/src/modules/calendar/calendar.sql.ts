import { updatedAt } from "@jiyue/server-kit/db";
import { boolean, date, integer, text } from "drizzle-orm/pg-core";
import { interactionSchema } from "../../db/pg-schema";

/** 工作日（覆盖节假日的调整）、节假日、调休上班日。 */
export const calendarDayKind = interactionSchema.enum("calendar_day_kind", [
  "workday",
  "holiday",
  "makeup_workday",
]);

/** Days that are not ordinary weekdays/weekends: holidays, make-up working days, and admin overrides. */
export const calendarDays = interactionSchema.table("calendar_day", {
  date: date("date", { mode: "string" }).primaryKey(),
  kind: calendarDayKind("kind").notNull(),
  name: text("name").notNull().default(""),
  /** chinese-days (seeded) or admin (edited; never overwritten by a later seed). */
  source: text("source").notNull().default("chinese-days"),
  updatedAt: updatedAt(),
});

/** A year is covered once its official holiday arrangement is in the table. */
export const calendarYears = interactionSchema.table("calendar_year", {
  year: integer("year").primaryKey(),
  covered: boolean("covered").notNull().default(true),
  source: text("source").notNull().default("chinese-days"),
  updatedAt: updatedAt(),
});

export type CalendarDayRow = typeof calendarDays.$inferSelect;
export type CalendarYearRow = typeof calendarYears.$inferSelect;
