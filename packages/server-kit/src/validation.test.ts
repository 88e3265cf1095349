// zod's default messages read as plain Chinese: no English type names, no internal enum spellings.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { enumInput, parseInput } from "./validation";

function messageOf(schema: z.ZodType, input: unknown): string {
  try {
    parseInput(schema, input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("input was accepted");
}

describe("zod messages in plain Chinese", () => {
  it.each([
    [z.number().min(0), -1, "不能小于 0"],
    [z.number().positive(), 0, "须大于 0"],
    [z.number().max(100), 101, "不能大于 100"],
    [z.number().int(), 1.5, "须为整数"],
    [z.string().min(1), "", "不能为空"],
    [z.string().min(5), "abc", "至少 5 个字"],
    [z.string().max(3), "abcd", "不能超过 3 个字"],
    [z.array(z.string()).min(1), [], "至少选择 1 项"],
    [z.array(z.string()).max(2), ["a", "b", "c"], "最多 2 项"],
    [enumInput(["private", "unit", "city"]), "world", "取值无效"],
    [z.object({ name: z.string() }), {}, "此项必填"],
    [z.number(), "x", "格式不正确"],
    [z.email(), "not-mail", "电子邮箱格式无效"],
    [
      z.date().min(new Date("2026-01-01T00:00:00+08:00")),
      new Date("2025-01-01"),
      "不能早于 2026-01-01 00:00",
    ],
  ] as const)("%#: %j → %s", (schema, input, expected) => {
    expect(messageOf(schema, input)).toBe(expected);
  });

  it("never shows zod's English vocabulary for numbers, strings and options", () => {
    const messages = [
      messageOf(z.number().min(0), -5),
      messageOf(z.string().max(2), "abc"),
      messageOf(z.enum(["private", "unit", "city"]), "x"),
    ];
    for (const message of messages) expect(message).not.toMatch(/number|string|private|期望/);
  });

  it("a schema's own message still wins", () => {
    expect(messageOf(z.number().min(0, "排序不能为负数"), -1)).toBe("排序不能为负数");
  });
});
