import { describe, expect, it } from "vitest";
import { formatShanghai, formatShanghaiMinute, lastDays, shanghaiDayStart, shanghaiWallClock } from "./time";

describe("Asia/Shanghai time", () => {
  it("formats an instant as Beijing time, whatever the browser's zone", () => {
    expect(formatShanghai("2025-03-01T16:05:09Z")).toBe("2025-03-02 00:05:09");
    expect(formatShanghai("2025-03-01T03:00:00.000Z")).toBe("2025-03-01 11:00:00");
  });

  it("cuts the last days at Beijing midnight", () => {
    const days = lastDays(14, new Date("2025-03-01T17:00:00Z"));
    expect(days).toHaveLength(14);
    expect(days[13]?.day).toBe("2025-03-02");
    expect(days[0]?.day).toBe("2025-02-17");
    expect(days[13]?.from.toISOString()).toBe("2025-03-01T16:00:00.000Z");
    expect(days[13]?.to.toISOString()).toBe("2025-03-02T16:00:00.000Z");
    expect(shanghaiDayStart("2025-01-01").toISOString()).toBe("2024-12-31T16:00:00.000Z");
  });

  it("shows minutes and reads a picked wall-clock time as Beijing time", () => {
    expect(formatShanghaiMinute("2025-03-01T16:05:09Z")).toBe("2025-03-02 00:05");
    expect(shanghaiWallClock("2025-03-02T09:30:00").toISOString()).toBe("2025-03-02T01:30:00.000Z");
  });
});
