// Before-transition hooks: other capabilities (e.g. the text-check gate) can refuse a workflow transition.
import { type Caller, conflict, forbidden } from "@jiyue/server-kit";
import type { Executor } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import type { ReviewActionValue } from "./workflow.sql";

export interface TransitionHookContext {
  article: ArticleRow;
  /** The revision the transition applies to (for publish: the one that would go live). */
  revision: RevisionRow;
  action: ReviewActionValue;
  /** The acting caller; scheduled jobs act as the service caller "scheduler". */
  caller: Caller;
  /** The transaction the transition runs in (the article row is locked in it): hooks write through it. */
  tx?: Executor;
}
/** `reason`: a stable code for clients (e.g. TEXTCHECK_BLOCKED), sent as extensions.refusal. */
export type TransitionRefusal = { refuse: string; code?: "FORBIDDEN" | "CONFLICT"; reason?: string };
export type TransitionHook = (context: TransitionHookContext) => Promise<TransitionRefusal | undefined>;

const hooks = new Set<TransitionHook>();

/** Registers a hook for every transition of every article; returns a function that removes it. */
export function registerTransitionHook(hook: TransitionHook): () => void {
  hooks.add(hook);
  return () => {
    hooks.delete(hook);
  };
}

/** The first refusal of any hook, or null when all allow the transition. */
export async function checkTransitionHooks(
  context: TransitionHookContext,
): Promise<TransitionRefusal | null> {
  for (const hook of hooks) {
    const result = await hook(context);
    if (result && typeof result.refuse === "string") return result;
  }
  return null;
}

/** Runs the hooks and throws the refusal as a typed error (CONFLICT unless the hook says FORBIDDEN). */
export async function runTransitionHooks(context: TransitionHookContext): Promise<void> {
  const refusal = await checkTransitionHooks(context);
  if (!refusal) return;
  throw refusal.code === "FORBIDDEN"
    ? forbidden(refusal.refuse)
    : conflict(refusal.refuse, {
        reason: "TRANSITION_REFUSED",
        ...(refusal.reason ? { refusal: refusal.reason } : {}),
      });
}
