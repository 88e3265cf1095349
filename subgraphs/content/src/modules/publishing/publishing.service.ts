// Publishing: publish now or at a time, takedown (撤稿) with a reason, scheduled jobs, display of the live
// snapshot. The live page only ever shows article.published_revision_id.
import {
  actorOf,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  type EventActor,
  forbidden,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  type StaffCaller,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { ArticleAccess } from "../article/article.access";
import { articleEvent, SYSTEM_ACTOR } from "../article/article.events";
import type { ArticleLoaders } from "../article/article.loaders";
import { ArticleRepository, type Executor } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import { syncSearchDocument } from "../search/search.indexer";
import { checkTransitionHooks, runTransitionHooks } from "../workflow/hooks";
import { applyTransition } from "../workflow/transition";
import { WorkflowRepository } from "../workflow/workflow.repository";
import { currentRound } from "../workflow/workflow.service";
import { notifyPublicationListeners } from "./listeners";
import type { ChannelPageKey } from "./publishing.loaders";
import { PublishingRepository } from "./publishing.repository";
import type { PublishedArticleModel, PublishedArticlePageModel } from "./publishing.types";
import { publicPageInput, publishInput, unpublishInput } from "./publishing.validation";
import type { ScheduledJob, Scheduler } from "./scheduler";

/** Scheduled jobs act as this caller (hooks see it). */
export const SCHEDULER_CALLER: Caller = { kind: "service", service: "scheduler" };
const SYSTEM_REF = { id: null, name: "定时任务" };
/** A time at most this far ahead counts as "now". */
const NOW_TOLERANCE_MS = 1_000;

export interface Acting {
  caller: Caller;
  actor: { id: string | null; name: string };
  eventActor: EventActor;
}

/** Makes the approved current revision live (first publication or an update of a live article). */
export async function publishNow(tx: Executor, article: ArticleRow, revision: RevisionRow, acting: Acting) {
  const wasLive = !!article.publishedRevisionId && article.status !== "withdrawn";
  const now = new Date();
  const result = await applyTransition(tx, {
    article,
    revision,
    action: "publish",
    caller: acting.caller,
    actor: acting.actor,
    runHooks: false,
    changes: {
      status: "published",
      publishedRevisionId: revision.id,
      publishedAt: article.publishedAt ?? now,
      lastPublishedAt: now,
      scheduledPublishAt: null,
      withdrawReason: null,
      reviewStage: null,
    },
    events: (row) => [
      articleEvent(wasLive ? "article.updated" : "article.published", row, revision, acting.eventActor, {
        publishedAt: (row.publishedAt ?? now).toISOString(),
      }),
    ],
  });
  await syncSearchDocument(tx, article.id);
  await notifyPublicationListeners(tx, {
    kind: wasLive ? "updated" : "published",
    article: result.article,
    revision,
    reason: null,
    caller: acting.caller,
    eventActor: acting.eventActor,
    at: now,
  });
  return result;
}

export async function unpublishNow(
  tx: Executor,
  article: ArticleRow,
  revision: RevisionRow,
  reason: string,
  acting: Acting,
) {
  const withdrawnRevisionId = article.publishedRevisionId;
  const result = await applyTransition(tx, {
    article,
    revision,
    action: "unpublish",
    caller: acting.caller,
    actor: acting.actor,
    comment: reason,
    runHooks: false,
    changes: {
      status: "withdrawn",
      publishedRevisionId: null,
      withdrawReason: reason,
      reviewStage: null,
      scheduledPublishAt: null,
      scheduledUnpublishAt: null,
      scheduledUnpublishReason: null,
    },
    events: (row) => [
      articleEvent("article.withdrawn", row, revision, acting.eventActor, { reason, withdrawnRevisionId }),
    ],
  });
  await syncSearchDocument(tx, article.id);
  const [withdrawnRevision] = withdrawnRevisionId
    ? await new ArticleRepository(tx).revisionsByIds([withdrawnRevisionId])
    : [];
  await notifyPublicationListeners(tx, {
    kind: "withdrawn",
    article: result.article,
    revision: withdrawnRevision ?? revision,
    reason,
    caller: acting.caller,
    eventActor: acting.eventActor,
    at: new Date(),
  });
  return result;
}

export class PublishingService {
  private readonly access: ArticleAccess;

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    loaders: ArticleLoaders,
    directory: DirectoryLoaders,
    private readonly scheduler: () => Promise<Scheduler>,
    private readonly publishedById: (id: string) => Promise<PublishedArticleModel | null>,
    private readonly channelPage: (key: ChannelPageKey) => Promise<PublishedArticlePageModel>,
  ) {
    this.access = new ArticleAccess(loaders, directory, caller);
  }

  /** Publish the approved revision now, or schedule it when `at` is in the future. */
  async publish(id: string, rawAt: unknown): Promise<ArticleRow> {
    const { at } = parseInput(publishInput, { at: rawAt });
    const { article: loaded, scope, caller } = await this.access.require(id, "article.read");
    const mayPublish = can(caller, "article.publish", scope);
    const scheduled = !!at && at.getTime() > Date.now() + NOW_TOLERANCE_MS;
    return this.db.transaction(async (tx) => {
      const article = await this.lockLive(tx, loaded.id);
      if (article.status !== "approved")
        throw conflict("只有终审通过的稿件可以发布", { reason: "INVALID_STATE" });
      if (!mayPublish && !(await this.isFinalApprover(tx, article, caller)))
        throw forbidden("没有发布稿件的权限");
      const revision = await this.revisionOf(tx, article.currentRevisionId);
      await runTransitionHooks({ article, revision, action: "publish", caller, tx });
      if (!scheduled) return (await publishNow(tx, article, revision, this.acting())).article;
      return this.schedule(tx, article, revision, {
        kind: "publish",
        at: at as Date,
        comment: `定时发布：${(at as Date).toISOString()}`,
        changes: { scheduledPublishAt: at as Date },
      });
    });
  }

  /** 撤稿: takes the live article down everywhere now, or at `at`. */
  async unpublish(id: string, rawReason: unknown, rawAt: unknown): Promise<ArticleRow> {
    const { reason, at } = parseInput(unpublishInput, { reason: rawReason, at: rawAt });
    const { article: loaded, caller } = await this.access.require(id, "article.publish");
    const scheduled = !!at && at.getTime() > Date.now() + NOW_TOLERANCE_MS;
    return this.db.transaction(async (tx) => {
      const article = await this.lockLive(tx, loaded.id);
      if (!article.publishedRevisionId || article.status === "withdrawn")
        throw conflict("稿件未发布，无需撤稿", { reason: "INVALID_STATE" });
      const revision = await this.revisionOf(tx, article.publishedRevisionId);
      await runTransitionHooks({ article, revision, action: "unpublish", caller, tx });
      if (!scheduled) return (await unpublishNow(tx, article, revision, reason, this.acting())).article;
      return this.schedule(tx, article, revision, {
        kind: "unpublish",
        at: at as Date,
        comment: `定时撤稿：${(at as Date).toISOString()}，原因：${reason}`,
        changes: { scheduledUnpublishAt: at as Date, scheduledUnpublishReason: reason },
        reason,
      });
    });
  }

  /**
   * Records a scheduled publish or takedown and queues its job. The job is queued before this transaction
   * commits: if the commit fails, the job finds no schedule and does nothing.
   */
  private async schedule(
    tx: Executor,
    article: ArticleRow,
    revision: RevisionRow,
    plan: {
      kind: "publish" | "unpublish";
      at: Date;
      comment: string;
      changes: Partial<ArticleRow>;
      reason?: string;
    },
  ): Promise<ArticleRow> {
    // The same action at the same time again changes nothing: no second job, no second timeline entry.
    const current = plan.kind === "publish" ? article.scheduledPublishAt : article.scheduledUnpublishAt;
    const sameReason = plan.kind === "publish" || plan.reason === article.scheduledUnpublishReason;
    if (current?.getTime() === plan.at.getTime() && sameReason) return article;
    const at = plan.at.toISOString();
    await (await this.scheduler()).schedule({ articleId: article.id, kind: plan.kind, at });
    const { article: updated } = await applyTransition(tx, {
      article,
      revision,
      action: "schedule",
      caller: this.caller,
      actor: this.actorRef(),
      runHooks: false,
      comment: plan.comment,
      changes: plan.changes,
      events: (row) => [
        articleEvent("article.scheduled", row, revision, this.eventActor(), {
          action: plan.kind,
          at,
          ...(plan.reason === undefined ? {} : { reason: plan.reason }),
        }),
      ],
    });
    return updated;
  }

  async cancelScheduled(id: string): Promise<ArticleRow> {
    const { article: loaded, scope, caller } = await this.access.require(id, "article.read");
    if (!can(caller, "article.publish", scope) && !can(caller, "article.write", scope)) throw forbidden();
    return this.db.transaction(async (tx) => {
      const article = await this.lockLive(tx, loaded.id);
      if (!article.scheduledPublishAt && !article.scheduledUnpublishAt)
        throw conflict("没有待执行的定时任务", { reason: "INVALID_STATE" });
      const revision = await this.revisionOf(tx, article.currentRevisionId);
      const { article: updated } = await applyTransition(tx, {
        article,
        revision,
        action: "schedule",
        caller,
        actor: this.actorRef(),
        comment: "取消定时任务",
        changes: { scheduledPublishAt: null, scheduledUnpublishAt: null, scheduledUnpublishReason: null },
        events: (row) => [articleEvent("article.schedule_cancelled", row, revision, this.eventActor())],
      });
      return updated;
    });
  }

  async publishedArticle(id: string): Promise<PublishedArticleModel | null> {
    if (!isUuid(id)) return null;
    return this.publishedById(id);
  }

  async publishedArticles(
    where: { siteId?: string; channelId?: string | null },
    rawPage: unknown,
  ): Promise<PublishedArticlePageModel> {
    const page = parseInput(publicPageInput, rawPage);
    if ((where.siteId && !isUuid(where.siteId)) || (where.channelId && !isUuid(where.channelId)))
      return { items: [], total: 0 };
    return new PublishingRepository(this.db).publishedPage(where, page.offset, page.limit);
  }

  /** Channel.publishedArticles: batched across the channels of one request. */
  async channelArticles(channelId: string, rawPage: unknown): Promise<PublishedArticlePageModel> {
    const page = parseInput(publicPageInput, rawPage);
    return this.channelPage({ channelId, offset: page.offset, limit: page.limit });
  }

  private async lockLive(tx: Executor, id: string): Promise<ArticleRow> {
    const article = await new ArticleRepository(tx).lock(id);
    if (!article || article.deletedAt) throw notFound("稿件", id);
    return article;
  }

  private async revisionOf(tx: Executor, id: string): Promise<RevisionRow> {
    const [revision] = await new ArticleRepository(tx).revisionsByIds([id]);
    if (!revision) throw notFound("修订", id);
    return revision;
  }

  /** The approver of the last stage in the current round may publish what they approved. */
  private async isFinalApprover(tx: Executor, article: ArticleRow, caller: StaffCaller): Promise<boolean> {
    const round = currentRound(
      article,
      await new WorkflowRepository(tx).transitionsOfRound(article.id, article.reviewRound),
    );
    const last = [...round].reverse().find((entry) => entry.action === "approve");
    return !!last && last.actorId === caller.userId;
  }

  private acting(): Acting {
    return { caller: this.caller, actor: this.actorRef(), eventActor: this.eventActor() };
  }
  private actorRef() {
    const caller = this.caller as StaffCaller;
    return { id: caller.userId, name: caller.displayName };
  }
  private eventActor() {
    return actorOf(this.caller, this.request);
  }
}

/**
 * The job handler: acts only if the article still carries exactly this schedule (checked under its row lock),
 * so a cancelled, re-scheduled, duplicated or concurrently delivered job does nothing. A refused scheduled
 * publish is not published; the refusal is recorded on the timeline and announced (article.publish_refused).
 */
export async function runScheduledJob(db: ContentDb, job: ScheduledJob): Promise<void> {
  const at = new Date(job.at).getTime();
  await db.transaction(async (tx) => {
    const article = await new ArticleRepository(tx).lock(job.articleId);
    if (!article || article.deletedAt) return;
    const acting: Acting = { caller: SCHEDULER_CALLER, actor: SYSTEM_REF, eventActor: SYSTEM_ACTOR };
    if (job.kind === "publish") {
      if (article.scheduledPublishAt?.getTime() !== at || article.status !== "approved") return;
      const [revision] = await new ArticleRepository(tx).revisionsByIds([article.currentRevisionId]);
      if (!revision) return;
      const refusal = await checkTransitionHooks({
        article,
        revision,
        action: "publish",
        caller: SCHEDULER_CALLER,
        tx,
      });
      if (!refusal) {
        await publishNow(tx, article, revision, acting);
        return;
      }
      await applyTransition(tx, {
        article,
        revision,
        action: "schedule",
        caller: SCHEDULER_CALLER,
        actor: SYSTEM_REF,
        runHooks: false,
        comment: `定时发布未执行：${refusal.refuse}`,
        changes: { scheduledPublishAt: null },
        events: (row) => [
          articleEvent("article.publish_refused", row, revision, SYSTEM_ACTOR, {
            reason: refusal.refuse,
            notify: row.createdBy,
          }),
        ],
      });
      return;
    }
    if (article.scheduledUnpublishAt?.getTime() !== at || !article.publishedRevisionId) return;
    const [revision] = await new ArticleRepository(tx).revisionsByIds([article.publishedRevisionId]);
    if (!revision) return;
    await unpublishNow(tx, article, revision, article.scheduledUnpublishReason ?? "定时撤稿", acting);
  });
}

/** Every schedule recorded on a live article, as the job that should be queued for it. */
export async function pendingSchedules(db: ContentDb): Promise<ScheduledJob[]> {
  const rows = await new ArticleRepository(db).scheduled();
  return rows.flatMap((row): ScheduledJob[] => [
    ...(row.scheduledPublishAt
      ? [{ articleId: row.id, kind: "publish" as const, at: row.scheduledPublishAt.toISOString() }]
      : []),
    ...(row.scheduledUnpublishAt
      ? [{ articleId: row.id, kind: "unpublish" as const, at: row.scheduledUnpublishAt.toISOString() }]
      : []),
  ]);
}
