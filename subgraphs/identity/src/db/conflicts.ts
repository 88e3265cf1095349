// Unique violations that are the caller's fault, turned into CONFLICT errors with a message per constraint.
import { conflict } from "@jiyue/server-kit";

function uniqueViolation(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 4) return undefined;
  const candidate = error as { code?: unknown; constraint?: unknown; cause?: unknown };
  if (candidate.code === "23505") return typeof candidate.constraint === "string" ? candidate.constraint : "";
  return uniqueViolation(candidate.cause, depth + 1);
}

/** Runs `work`; a unique violation of a listed constraint becomes CONFLICT with its message. */
export async function withConflicts<T>(messages: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint !== undefined) throw conflict(messages[constraint] ?? "数据已存在", { constraint });
    throw error;
  }
}
