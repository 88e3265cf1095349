import { CombinedGraphQLErrors } from "@apollo/client";

/** The newest revision's id when a save failed because someone else saved first (CONFLICT). */
export function conflictRevisionId(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const entry of error.errors) {
    const id = entry.extensions?.currentRevisionId;
    if (entry.extensions?.code === "CONFLICT" && typeof id === "string") return id;
  }
  return null;
}
