// Input validation once, where input enters: zod → BAD_USER_INPUT with field details.
import { z } from "zod";
import { badInput } from "./errors";

// zod's own messages (for checks without a custom message) in Chinese, for every subgraph.
z.config(z.locales.zhCN());

/** Control, invisible and format characters that make a name look empty or reorder its text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const INVISIBLE = /[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Display text: invisible/format characters removed, whitespace trimmed, then a length check. */
export function visibleText(min: number, max: number, label: string) {
  return z
    .string()
    .transform((value) => value.replace(INVISIBLE, "").trim())
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `${label}不能为空` : `${label}至少 ${min} 个字`)
        .max(max, `${label}不能超过 ${max} 个字`),
    );
}

/** True when a string contains U+0000 (PostgreSQL cannot store it). */
export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  throw badInput(fields[0]?.message ?? "输入不正确", { fields });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * A GraphQL enum input stored in lower case. Enum value resolvers map explicit values, but defaults declared
 * in SDL arrive as their GraphQL names, so accept either spelling.
 */
export function enumInput<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((value) => (typeof value === "string" ? value.toLowerCase() : value), z.enum(values));
}
