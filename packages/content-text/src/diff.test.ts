import { describe, expect, it } from "vitest";
import { type DiffPart, wordDiff } from "./diff";

const side = (parts: DiffPart[], kind: "insert" | "delete") =>
  parts
    .filter((part) => part.kind === "equal" || part.kind === kind)
    .map((part) => part.text)
    .join("");

function expectReconstructs(before: string, after: string, parts: DiffPart[]) {
  expect(side(parts, "delete")).toBe(before);
  expect(side(parts, "insert")).toBe(after);
  // Adjacent parts never share a kind.
  parts.forEach((part, index) => {
    if (index > 0) expect(part.kind).not.toBe(parts[index - 1]!.kind);
  });
}

describe("wordDiff", () => {
  it("shows an inserted clause as one insertion between unchanged text", () => {
    const before = "会议指出，各级各部门要坚持人民至上、生命至上。";
    const after = "会议指出，当前已进入主汛期，各级各部门要坚持人民至上、生命至上。";
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { kind: "equal", text: "会议指出，" },
      { kind: "insert", text: "当前已进入主汛期，" },
      { kind: "equal", text: "各级各部门要坚持人民至上、生命至上。" },
    ]);
    expectReconstructs(before, after, parts);
  });

  it("replaces whole words, not single characters, when a word changes", () => {
    const before = "市委书记王建国主持会议并讲话。";
    const after = "市长李卫东主持会议并讲话。";
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { kind: "delete", text: "市委书记王建国" },
      { kind: "insert", text: "市长李卫东" },
      { kind: "equal", text: "主持会议并讲话。" },
    ]);
    expectReconstructs(before, after, parts);
  });

  it("marks changed punctuation and a deleted word", () => {
    const before = "要全力做好抢险救援准备，确保拉得出、冲得上、打得赢。";
    const after = "要做好抢险救援准备；确保拉得出、冲得上、打得赢！";
    const parts = wordDiff(before, after);
    expect(parts.filter((part) => part.kind === "delete").map((part) => part.text)).toEqual([
      "全力",
      "，",
      "。",
    ]);
    expect(parts.filter((part) => part.kind === "insert").map((part) => part.text)).toEqual(["；", "！"]);
    expectReconstructs(before, after, parts);
  });

  it("reconstructs both sides across paragraphs and mixed-language edits", () => {
    const before = "上半年新增减税降费12亿元。\n惠及市场主体3.2万户，企业可通过APP办理。";
    const after =
      "上半年新增减税降费及退税缓费超过15亿元。\n惠及市场主体3.6万户，企业可通过手机 App 办理。\n新增一段。";
    expectReconstructs(before, after, wordDiff(before, after));
  });

  it("handles identical and empty texts", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("同一段文字。", "同一段文字。")).toEqual([{ kind: "equal", text: "同一段文字。" }]);
    expect(wordDiff("", "新增正文。")).toEqual([{ kind: "insert", text: "新增正文。" }]);
    expect(wordDiff("删除正文。", "")).toEqual([{ kind: "delete", text: "删除正文。" }]);
  });
});
