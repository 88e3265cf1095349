// Input validation once, where input enters: zod → BAD_USER_INPUT with field details.
import { z } from "zod";
import { badInput } from "./errors";

// zod's own messages (for checks without a custom message) in plain Chinese, for every subgraph: zod's zhCN
// locale leaks its vocabulary ("数值过小：期望 number >=0", `无效选项：期望以下之一 "private"|"unit"`), so the
// common cases are worded here and the locale covers the rest.
const zhCN = z.locales.zhCN().localeError;

function shanghaiTime(value: number | bigint): string {
  return new Date(Number(value))
    .toLocaleString("sv-SE", { timeZone: "Asia/Shanghai", hour12: false })
    .slice(0, 16);
}

function bound(
  origin: string,
  limit: number | bigint,
  side: "min" | "max",
  inclusive: boolean,
): string | null {
  const n = limit.toString();
  switch (origin) {
    case "number":
    case "int":
    case "bigint":
      if (side === "min") return inclusive ? `不能小于 ${n}` : `须大于 ${n}`;
      return inclusive ? `不能大于 ${n}` : `须小于 ${n}`;
    case "string":
      if (side === "min") return Number(limit) <= 1 ? "不能为空" : `至少 ${n} 个字`;
      return `不能超过 ${n} 个字`;
    case "array":
    case "set":
      if (side === "min") return Number(limit) <= 1 ? "至少选择 1 项" : `至少 ${n} 项`;
      return `最多 ${n} 项`;
    case "file":
      return side === "min" ? `文件不能小于 ${n} 字节` : `文件不能超过 ${n} 字节`;
    case "date":
      return side === "min" ? `不能早于 ${shanghaiTime(limit)}` : `不能晚于 ${shanghaiTime(limit)}`;
    default:
      return null;
  }
}

const FORMATS: Record<string, string> = {
  datetime: "时间格式无效",
  date: "日期格式无效",
  time: "时间格式无效",
  email: "电子邮箱格式无效",
  url: "网址格式无效",
  uuid: "编号格式无效",
  regex: "格式不正确",
};

export const chineseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "too_small":
      return bound(issue.origin, issue.minimum, "min", issue.inclusive ?? true) ?? zhCN?.(issue);
    case "too_big":
      return bound(issue.origin, issue.maximum, "max", issue.inclusive ?? true) ?? zhCN?.(issue);
    case "invalid_value":
      // The accepted values are internal spellings (lower-case enum names), not words for people.
      return "取值无效";
    case "invalid_type":
      if (issue.input === undefined) return "此项必填";
      if (issue.expected === "int") return "须为整数";
      return "格式不正确";
    case "invalid_format":
      return FORMATS[issue.format] ?? zhCN?.(issue);
    case "not_multiple_of":
      return `须为 ${issue.divisor.toString()} 的倍数`;
    case "unrecognized_keys":
      return `含有未知字段：${issue.keys.join("、")}`;
    default:
      return zhCN?.(issue);
  }
};

z.config({ localeError: chineseErrorMap });

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
