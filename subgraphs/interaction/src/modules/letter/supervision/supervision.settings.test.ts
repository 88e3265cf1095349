import { describe, expect, it } from "vitest";
import type { WorkCalendar } from "../../calendar/workdays";
import { isReminderTime } from "./supervision.reminders";
import { DEFAULT_WARN_WORKDAYS, warnWorkdays } from "./supervision.settings";

describe("warnWorkdays", () => {
  it("defaults to 3 and takes whole working days from 0 to 30", () => {
    expect(warnWorkdays(undefined)).toBe(DEFAULT_WARN_WORKDAYS);
    expect(warnWorkdays(" ")).toBe(3);
    expect(warnWorkdays("0")).toBe(0);
    expect(warnWorkdays("5")).toBe(5);
    for (const bad of ["-1", "2.5", "31", "三"])
      expect(() => warnWorkdays(bad), bad).toThrow(/WARN_WORKDAYS/);
  });
});

describe("isReminderTime", () => {
  const calendar: WorkCalendar = {
    days: new Map([
      ["2025-10-01", "holiday"],
      ["2025-09-28", "makeup_workday"],
    ]),
    coveredYears: new Set([2025]),
  };
  it("is 09:00–17:30 China time on working days of the calendar only", () => {
    const at = (iso: string) => isReminderTime(new Date(iso), calendar);
    expect(at("2025-09-29T09:00:00+08:00")).toBe(true);
    expect(at("2025-09-29T17:30:00+08:00")).toBe(true);
    expect(at("2025-09-29T08:59:00+08:00")).toBe(false);
    expect(at("2025-09-29T17:31:00+08:00")).toBe(false);
    // 01:30 UTC is 09:30 in China: the China day and hour count, not UTC's.
    expect(at("2025-09-29T01:30:00Z")).toBe(true);
    expect(at("2025-10-01T10:00:00+08:00")).toBe(false);
    expect(at("2025-09-28T10:00:00+08:00")).toBe(true);
    expect(at("2025-09-27T10:00:00+08:00")).toBe(false);
  });
});
