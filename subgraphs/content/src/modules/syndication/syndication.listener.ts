// What follows a publication change for 信息报送: the origin's takedown removes it everywhere it was pushed, in the
// same transaction — live copies are taken down (article.withdrawn in each target site) and open pushes withdrawn.
// Copies are kept from review: their content changes only by accepting a re-push of the origin.
import { emitEvent } from "@jiyue/server-kit";
import { ArticleRepository, type Executor } from "../article/article.repository";
import type { ArticleRow } from "../article/article.sql";
import { type PublicationChange, registerPublicationListener } from "../publishing/listeners";
import { unpublishNow } from "../publishing/publishing.service";
import { registerTransitionHook, type TransitionHook } from "../workflow/hooks";
import { pushEvent } from "./syndication.events";
import { SyndicationRepository } from "./syndication.repository";

const isLive = (article: ArticleRow) =>
  !!article.publishedRevisionId && article.status !== "withdrawn" && !article.deletedAt;

export async function withdrawCopiesOnTakedown(tx: Executor, change: PublicationChange): Promise<void> {
  if (change.kind !== "withdrawn" || change.article.originArticleId) return;
  const repository = new SyndicationRepository(tx);
  const articles = new ArticleRepository(tx);
  const reason = `原稿已撤稿：${change.reason ?? ""}`.slice(0, 500);
  const acting = {
    caller: change.caller,
    actor: { id: change.eventActor.id, name: change.eventActor.name ?? "系统" },
    eventActor: change.eventActor,
  };
  for (const push of await repository.liveOf(change.article.id)) {
    let removed = push.status === "pending";
    if (push.status === "accepted" && push.copyArticleId) {
      const copy = await articles.lock(push.copyArticleId);
      if (copy && isLive(copy) && copy.publishedRevisionId) {
        const [revision] = await articles.revisionsByIds([copy.publishedRevisionId]);
        if (revision) {
          await unpublishNow(tx, copy, revision, reason, acting);
          removed = true;
        }
      }
    }
    // Only what this takedown actually removed carries its time (Article.takedownReport); a copy its site had
    // already taken down is closed without it.
    const withdrawn = await repository.update(push.id, {
      status: "withdrawn",
      withdrawnAt: removed ? change.at : null,
    });
    await emitEvent(
      tx,
      "content",
      pushEvent("article.push_withdrawn", withdrawn, change.revision.title, change.eventActor, {
        reason: change.reason,
        copyWithdrawn: removed && push.status === "accepted",
      }),
    );
  }
}

/** A copy's content is the origin's: saving into it never reaches review (and so never goes live). */
export const refuseCopyReview: TransitionHook = async ({ article, action }) =>
  article.originArticleId && action === "submit"
    ? { refuse: "采用稿不能修改后送审，请由原稿单位修改后重新报送", code: "FORBIDDEN" }
    : undefined;

/** Registers the listener and the hook once per process (both registries are sets). */
export function registerSyndication(): void {
  registerPublicationListener(withdrawCopiesOnTakedown);
  registerTransitionHook(refuseCopyReview);
}
