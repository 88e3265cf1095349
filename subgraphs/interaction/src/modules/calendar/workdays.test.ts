// Deadlines on the real official calendar (chinese-days), across Spring Festival and National Day 2025.
import { describe, expect, it } from "vitest";
import { chineseDaysSeed } from "./chinese-days.seed";
import {
  addWorkdays,
  chinaDate,
  computeDeadline,
  isWorkday,
  remainingWorkdays,
  type WorkCalendar,
} from "./workdays";

const seed = chineseDaysSeed();
const calendar: WorkCalendar = {
  days: new Map(seed.days.map((day) => [day.date, day.kind])),
  coveredYears: new Set(seed.years),
};
/** A moment in China Standard Time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe("the working-day calendar", () => {
  it("seeds real holidays and make-up working days, and covers 2025 and 2026 but not 2027", () => {
    expect(calendar.days.get("2025-01-29")).toBe("holiday");
    expect(calendar.days.get("2025-01-26")).toBe("makeup_workday");
    expect(seed.days.find((day) => day.date === "2025-01-29")?.name).toBe("春节");
    expect(calendar.coveredYears.has(2025)).toBe(true);
    expect(calendar.coveredYears.has(2026)).toBe(true);
    expect(calendar.coveredYears.has(2027)).toBe(false);
  });

  it("knows make-up Sundays and Saturdays are working days and holidays on weekdays are not", () => {
    expect(isWorkday("2025-01-26", calendar)).toBe(true); // Sunday, 春节调休
    expect(isWorkday("2025-02-08", calendar)).toBe(true); // Saturday, 春节调休
    expect(isWorkday("2025-09-28", calendar)).toBe(true); // Sunday, 国庆调休
    expect(isWorkday("2025-10-11", calendar)).toBe(true); // Saturday, 国庆调休
    expect(isWorkday("2025-01-29", calendar)).toBe(false); // Wednesday, 春节
    expect(isWorkday("2025-10-08", calendar)).toBe(false); // Wednesday, 国庆
    expect(isWorkday("2025-03-08", calendar)).toBe(false); // an ordinary Saturday
    expect(isWorkday("2025-03-10", calendar)).toBe(true); // an ordinary Monday
  });

  it("takes the day in China, not in UTC", () => {
    expect(chinaDate(new Date("2025-09-25T17:00:00Z"))).toBe("2025-09-26");
    expect(chinaDate(china("2025-09-26T23:59:00"))).toBe("2025-09-26");
  });
});

describe("deadlines", () => {
  it("starts counting on the next working day after acceptance, across Spring Festival 2025", () => {
    // Accepted Friday 24 January: Sunday 26th (make-up) is day 1, Monday 27th day 2, then the holiday.
    const accepted = china("2025-01-24T10:00:00");
    expect(computeDeadline(accepted, 1, [], calendar).dueOn).toBe("2025-01-26");
    expect(computeDeadline(accepted, 2, [], calendar).dueOn).toBe("2025-01-27");
    expect(computeDeadline(accepted, 3, [], calendar).dueOn).toBe("2025-02-05");
    expect(computeDeadline(accepted, 5, [], calendar)).toEqual({ dueOn: "2025-02-07", uncovered: false });
    // Saturday 8 February is a make-up working day.
    expect(computeDeadline(accepted, 6, [], calendar).dueOn).toBe("2025-02-08");
    // Counting weekdays only would have said 31 January for 5 days.
  });

  it("counts across National Day 2025 with its make-up days", () => {
    const accepted = china("2025-09-26T16:30:00"); // Friday
    expect(computeDeadline(accepted, 1, [], calendar).dueOn).toBe("2025-09-28"); // make-up Sunday
    expect(computeDeadline(accepted, 3, [], calendar).dueOn).toBe("2025-09-30");
    expect(computeDeadline(accepted, 4, [], calendar).dueOn).toBe("2025-10-09");
    expect(computeDeadline(accepted, 6, [], calendar).dueOn).toBe("2025-10-11"); // make-up Saturday
  });

  it("does not count the working days while waiting for the citizen's information", () => {
    const accepted = china("2025-03-03T10:00:00"); // Monday
    expect(computeDeadline(accepted, 15, [], calendar).dueOn).toBe("2025-03-24");
    // Asked on Wednesday 5th, answered on Friday 7th: Thursday and Friday do not count.
    const pause = { from: china("2025-03-05T09:00:00"), to: china("2025-03-07T16:00:00") };
    expect(computeDeadline(accepted, 15, [pause], calendar).dueOn).toBe("2025-03-26");
    // Still waiting on Monday 10th: the deadline moves with every working day of waiting.
    const open = { from: china("2025-03-05T09:00:00"), to: null };
    expect(computeDeadline(accepted, 15, [open], calendar, china("2025-03-10T12:00:00")).dueOn).toBe(
      "2025-03-27",
    );
  });

  it("warns instead of silently counting ordinary weeks in a year the calendar does not cover", () => {
    expect(addWorkdays("2026-12-20", 3, calendar).uncovered).toBe(false);
    const crossing = computeDeadline(china("2026-12-28T10:00:00"), 15, [], calendar);
    expect(crossing.uncovered).toBe(true);
    expect(crossing.dueOn > "2027-01-01").toBe(true);
  });

  it("counts remaining working days and overdue days", () => {
    expect(remainingWorkdays("2025-02-07", calendar, china("2025-01-24T10:00:00"))).toBe(5);
    expect(remainingWorkdays("2025-02-07", calendar, china("2025-02-07T10:00:00"))).toBe(0);
    expect(remainingWorkdays("2025-02-07", calendar, china("2025-02-10T10:00:00"))).toBe(-2);
  });
});
