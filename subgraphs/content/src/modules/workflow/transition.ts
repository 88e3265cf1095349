// One way to change an article's workflow state: hooks, compare-and-set, the timeline entry and the events,
// all inside the caller's transaction (on a row locked by ArticleRepository.lock).
import { type Caller, conflict, emitEvents, type NewEvent } from "@jiyue/server-kit";
import { ArticleRepository, type Executor } from "../article/article.repository";
import type { ArticleRow, NewArticleRow, RevisionRow } from "../article/article.sql";
import { runTransitionHooks } from "./hooks";
import { WorkflowRepository } from "./workflow.repository";
import type { ReviewActionValue, ReviewTransitionRow } from "./workflow.sql";

export interface TransitionRequest {
  article: ArticleRow;
  revision: RevisionRow;
  action: ReviewActionValue;
  caller: Caller;
  actor: { id: string | null; name: string };
  stage?: { order: number; name: string } | null;
  comment?: string | null;
  changes: Partial<NewArticleRow>;
  events(updated: ArticleRow): NewEvent[];
  /** false: the hooks already ran (or must not refuse, e.g. recording a refusal). */
  runHooks?: boolean;
}

export async function applyTransition(
  tx: Executor,
  request: TransitionRequest,
): Promise<{ article: ArticleRow; transition: ReviewTransitionRow }> {
  if (request.runHooks !== false) {
    await runTransitionHooks({
      article: request.article,
      revision: request.revision,
      action: request.action,
      caller: request.caller,
      tx,
    });
  }
  const updated = await new ArticleRepository(tx).update(
    request.article.id,
    { version: request.article.version },
    request.changes,
  );
  if (!updated) throw conflict("稿件已被他人修改，请刷新后重试");
  const transition = await new WorkflowRepository(tx).record({
    articleId: updated.id,
    siteId: updated.siteId,
    unitId: updated.unitId,
    action: request.action,
    stage: request.stage?.order ?? null,
    stageName: request.stage?.name ?? null,
    round: updated.reviewRound,
    actorId: request.actor.id,
    actorName: request.actor.name,
    comment: request.comment ?? null,
    revisionId: request.revision.id,
  });
  await emitEvents(tx, "content", request.events(updated));
  return { article: updated, transition };
}
