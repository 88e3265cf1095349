import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import { periodDays, toSolicitationInput } from "./toSolicitationInput";

describe("toSolicitationInput", () => {
  it("trims, drops options of free-text questions and sends the period as instants", () => {
    const start = dayjs("2026-12-01T08:00:00+08:00");
    const input = toSolicitationInput({
      unitId: "u1",
      title: "  关于公园开放时间的意见征集 ",
      description: " 征求意见。 ",
      documentUrl: "  ",
      siteIds: ["s1"],
      period: [start, start.add(30, "day")],
      questions: [
        { kind: "TEXT", title: " 其他建议 ", options: ["遗留的选项"] },
        { kind: "SINGLE", title: "是否赞成？", options: [" 赞成", "反对 "], required: true },
      ],
    });
    expect(input).toEqual({
      unitId: "u1",
      title: "关于公园开放时间的意见征集",
      description: "征求意见。",
      documentUrl: null,
      documentName: null,
      siteIds: ["s1"],
      allowAnonymous: false,
      startsAt: "2026-12-01T00:00:00.000Z",
      endsAt: "2026-12-31T00:00:00.000Z",
      questions: [
        { kind: "TEXT", title: "其他建议", options: [], required: false },
        { kind: "SINGLE", title: "是否赞成？", options: ["赞成", "反对"], required: true },
      ],
    });
  });

  it("counts whole days of the period (what the minimum open period is compared with)", () => {
    const start = dayjs("2026-12-01T08:00:00+08:00");
    expect(periodDays([start, start.add(29, "day").add(23, "hour")])).toBe(29);
    expect(periodDays([start, start.add(30, "day")])).toBe(30);
    expect(periodDays(undefined)).toBeNull();
  });
});
