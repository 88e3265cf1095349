// A refusal of the reply text itself (BAD_USER_INPUT with `extensions.fields` naming content — e.g. the reply
// repeats the writer's personal data, reason PERSONAL_DATA): shown next to the reply, not as a passing notice.
import { CombinedGraphQLErrors } from "@apollo/client";

/** The server's message for the reply field, or null when the error is about something else. */
export function replyFieldError(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const entry of error.errors) {
    if (entry.extensions?.code !== "BAD_USER_INPUT") continue;
    const fields = entry.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as { path?: unknown; message?: unknown }[])
      if (field.path === "content") return typeof field.message === "string" ? field.message : entry.message;
  }
  return null;
}
