import { describe, expect, it } from "vitest";
import { deadline, letterRow } from "../testing/fixtures";
import { deadlineLevel, remainingText } from "./deadline";
import { applyLocalFilter, hasLocalFilter } from "./localFilter";

describe("local filters and deadline levels", () => {
  const letters = [
    { ...letterRow("l1", "路灯不亮", { deadline: deadline(-2) }), content: "小区路灯坏了" },
    { ...letterRow("l2", "加装电梯", { deadline: deadline(4) }), content: "电梯补贴" },
    { ...letterRow("l3", "未受理", { deadline: deadline(null) }), content: "路灯" },
  ];

  it("keeps only overdue letters, and matches the keyword in title or content", () => {
    expect(applyLocalFilter(letters, { overdue: true }).map((letter) => letter.id)).toEqual(["l1"]);
    expect(applyLocalFilter(letters, { keyword: " 路灯 " }).map((letter) => letter.id)).toEqual(["l1", "l3"]);
    expect(applyLocalFilter(letters, { keyword: "补贴" }).map((letter) => letter.id)).toEqual(["l2"]);
    expect(hasLocalFilter({ keyword: "  " })).toBe(false);
  });

  it("is red when overdue, orange within three working days", () => {
    expect(deadlineLevel(-1)).toBe("overdue");
    expect(deadlineLevel(0)).toBe("warning");
    expect(deadlineLevel(3)).toBe("warning");
    expect(deadlineLevel(4)).toBe("ok");
    expect(deadlineLevel(null)).toBe("none");
    expect(remainingText(-2)).toBe("逾期 2 个工作日");
    expect(remainingText(0)).toBe("今日到期");
  });
});
