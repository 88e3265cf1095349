// Input validation once, where input enters: zod → BAD_USER_INPUT with field details.
import { z } from "zod";
import { badInput } from "./errors";

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
