// The review workflow (三审): submit, approve, reject, withdraw; who may act at which stage; the definition per
// site; the to-do list and the review sheet.
import {
  actorOf,
  assertCan,
  type Caller,
  conflict,
  type DirectoryLoaders,
  emitEvent,
  forbidden,
  grantsFor,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  type Scope,
  type StaffCaller,
  visibleScope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { ArticleAccess } from "../article/article.access";
import { articleEvent } from "../article/article.events";
import type { ArticleLoaders } from "../article/article.loaders";
import { ArticleRepository } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import { commentInput, requiredComment } from "../article/article.validation";
import { applyTransition } from "./transition";
import { WorkflowRepository } from "./workflow.repository";
import type { ReviewTransitionRow } from "./workflow.sql";
import {
  DEFAULT_STAGES,
  type ReviewSheetModel,
  type StageModel,
  type WorkflowDefinitionModel,
} from "./workflow.types";
import { updateWorkflowInput } from "./workflow.validation";

/** The transitions of the article's current review round (since its latest submit). */
export function currentRound(article: ArticleRow, timeline: ReviewTransitionRow[]): ReviewTransitionRow[] {
  return timeline.filter((entry) => entry.round === article.reviewRound && article.reviewRound > 0);
}
export function submitterOf(round: ReviewTransitionRow[]): string | null {
  return [...round].reverse().find((entry) => entry.action === "submit")?.actorId ?? null;
}

export class WorkflowService {
  private readonly access: ArticleAccess;

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: ArticleLoaders,
    private readonly directory: DirectoryLoaders,
  ) {
    this.access = new ArticleAccess(loaders, directory, caller);
  }

  async stagesOf(siteId: string): Promise<StageModel[]> {
    const rows = await this.loaders.stagesBySite.load(siteId);
    if (rows.length === 0) return DEFAULT_STAGES;
    return rows.map((row) => ({ order: row.order, name: row.name, roleCode: row.roleCode }));
  }

  async submit(id: string, rawComment: unknown): Promise<ArticleRow> {
    const comment = parseInput(commentInput, rawComment);
    const { article: loaded, caller } = await this.access.require(id, "article.write");
    const stages = await this.stagesOf(loaded.siteId);
    const first = stages[0] as StageModel;
    return this.locked(id, async (tx, article, revision) => {
      if (article.status !== "draft" && article.status !== "withdrawn" && article.status !== "published")
        throw this.wrongState("只有草稿可以送审");
      if (article.status === "published" && article.publishedRevisionId === article.currentRevisionId)
        throw this.wrongState("稿件已发布，修改后才能再次送审");
      return applyTransition(tx, {
        article,
        revision,
        action: "submit",
        caller,
        actor: this.actorRef(),
        stage: first,
        comment,
        changes: { status: "in_review", reviewStage: first.order, reviewRound: article.reviewRound + 1 },
        events: (row) => [
          articleEvent("article.submitted", row, revision, this.actor(), { stage: first.order }),
        ],
      });
    });
  }

  async approve(id: string, rawComment: unknown): Promise<ArticleRow> {
    const comment = parseInput(commentInput, rawComment);
    const { article: loaded, scope } = await this.access.require(id, "article.review");
    const stages = await this.stagesOf(loaded.siteId);
    return this.locked(id, async (tx, article, revision) => {
      const stage = await this.requireReviewer(tx, article, scope, stages);
      const last = stage.order >= stages.length;
      return applyTransition(tx, {
        article,
        revision,
        action: "approve",
        caller: this.caller,
        actor: this.actorRef(),
        stage,
        comment,
        changes: last ? { status: "approved", reviewStage: null } : { reviewStage: stage.order + 1 },
        events: (row) => [
          articleEvent("article.approved", row, revision, this.actor(), { stage: stage.order, final: last }),
        ],
      });
    });
  }

  async reject(id: string, rawComment: unknown): Promise<ArticleRow> {
    const comment = parseInput(requiredComment, rawComment);
    const { article: loaded, scope } = await this.access.require(id, "article.review");
    const stages = await this.stagesOf(loaded.siteId);
    return this.locked(id, async (tx, article, revision) => {
      const stage = await this.requireReviewer(tx, article, scope, stages);
      return applyTransition(tx, {
        article,
        revision,
        action: "reject",
        caller: this.caller,
        actor: this.actorRef(),
        stage,
        comment,
        changes: { status: "draft", reviewStage: null },
        events: (row) => [
          articleEvent("article.rejected", row, revision, this.actor(), { stage: stage.order, comment }),
        ],
      });
    });
  }

  /** The submitter takes the article back out of review. */
  async withdraw(id: string): Promise<ArticleRow> {
    const { caller } = await this.access.require(id, "article.write");
    return this.locked(id, async (tx, article, revision) => {
      if (article.status !== "in_review") throw this.wrongState("只有审核中的稿件可以撤回");
      const round = await new WorkflowRepository(tx).transitionsOfRound(article.id, article.reviewRound);
      if (submitterOf(round) !== caller.userId) throw forbidden("只有送审人可以撤回");
      return applyTransition(tx, {
        article,
        revision,
        action: "withdraw",
        caller,
        actor: this.actorRef(),
        stage: null,
        changes: { status: "draft", reviewStage: null },
        events: (row) => [articleEvent("article.submission_withdrawn", row, revision, this.actor())],
      });
    });
  }

  async workflow(siteId: string): Promise<WorkflowDefinitionModel> {
    assertCan(this.caller, "article.read", await this.access.siteScope(siteId));
    return { siteId, stages: await this.stagesOf(siteId) };
  }

  async updateWorkflow(rawInput: unknown): Promise<WorkflowDefinitionModel> {
    const input = parseInput(updateWorkflowInput, rawInput);
    const scope = await this.access.siteScope(input.siteId);
    assertCan(this.caller, "channel.manage", scope);
    return this.db.transaction(async (tx) => {
      const stranded = await new WorkflowRepository(tx).waitingBeyond(input.siteId, input.stages.length);
      if (stranded > 0)
        throw conflict(
          `有 ${stranded} 篇稿件正在第 ${input.stages.length + 1} 审及以后的环节等待审核，请先处理完毕（通过、退回或撤回）再减少审核环节`,
          { reason: "ARTICLES_IN_REMOVED_STAGES" },
        );
      const rows = await new WorkflowRepository(tx).replaceStages(
        { siteId: input.siteId, unitId: scope.unitId },
        input.stages,
      );
      const stages = rows.map((row) => ({ order: row.order, name: row.name, roleCode: row.roleCode }));
      await emitEvent(tx, "content", {
        type: "workflow.updated",
        aggregateType: "workflow",
        aggregateId: input.siteId,
        siteId: input.siteId,
        unitId: scope.unitId,
        payload: { siteId: input.siteId, stages },
        actor: this.actor(),
      });
      return { siteId: input.siteId, stages };
    });
  }

  /** 审签单: the latest review round of the article, with the revision it was about. */
  async reviewSheet(articleId: string): Promise<ReviewSheetModel> {
    const article = await this.loaders.articleById.load(articleId);
    if (!article) throw notFound("稿件", articleId);
    assertCan(this.caller, "article.read", await this.access.siteScope(article.siteId));
    const timeline = await this.loaders.timelineByArticle.load(article.id);
    const round = Math.max(0, ...timeline.filter((e) => e.action === "submit").map((e) => e.round));
    const entries = timeline.filter((entry) => round > 0 && entry.round === round);
    const revisionId = entries[0]?.revisionId ?? article.currentRevisionId;
    const revision = await this.loaders.revisionById.load(revisionId);
    if (!revision) throw notFound("修订", revisionId);
    return { article, revision, entries };
  }

  /** 我的待办: articles in review at a stage whose role the caller holds in that site, not their own. */
  async myReviewTasks(): Promise<ArticleRow[]> {
    const caller = requireStaff(this.caller);
    const candidates = await new ArticleRepository(this.db).inReview(visibleScope(caller, "article.review"));
    const results = await Promise.all(
      candidates.map(async (article) => {
        const scope = await this.directory.siteScope(article.siteId);
        if (!scope) return null;
        const stage = (await this.stagesOf(article.siteId)).find((s) => s.order === article.reviewStage);
        if (!stage || !this.holdsStage(caller, scope, stage)) return null;
        const round = currentRound(article, await this.loaders.timelineByArticle.load(article.id));
        if (this.isOwn(caller, article, round) || this.actedInRound(caller, round)) return null;
        return article;
      }),
    );
    return results.filter((article): article is ArticleRow => article !== null);
  }

  /**
   * Whether the caller may approve or reject the article now: the same rules approve and reject enforce (the
   * current stage's role in the site, not their own, no second stage in the round), so the editor offers 通过
   * and 退回 only to the people the server would let act.
   */
  async canReview(article: ArticleRow): Promise<boolean> {
    if (article.status !== "in_review" || article.deletedAt || this.caller.kind !== "staff") return false;
    const caller = this.caller;
    const scope = await this.directory.siteScope(article.siteId);
    if (!scope) return false;
    const stage = (await this.stagesOf(article.siteId)).find((s) => s.order === article.reviewStage);
    if (!stage || !this.holdsStage(caller, scope, stage)) return false;
    const round = currentRound(article, await this.loaders.timelineByArticle.load(article.id));
    return !this.isOwn(caller, article, round) && !this.actedInRound(caller, round);
  }

  private holdsStage(caller: StaffCaller, scope: Scope, stage: StageModel): boolean {
    return grantsFor(caller, "article.review", scope).some((grant) => grant.role === stage.roleCode);
  }
  private isOwn(caller: StaffCaller, article: ArticleRow, round: ReviewTransitionRow[]): boolean {
    return article.createdBy === caller.userId || submitterOf(round) === caller.userId;
  }
  private actedInRound(caller: StaffCaller, round: ReviewTransitionRow[]): boolean {
    return round.some(
      (entry) => entry.actorId === caller.userId && (entry.action === "approve" || entry.action === "reject"),
    );
  }

  /** The stage the caller may act at now, or a typed refusal saying why not. */
  private async requireReviewer(
    tx: Parameters<Parameters<ContentDb["transaction"]>[0]>[0],
    article: ArticleRow,
    scope: Scope,
    stages: StageModel[],
  ): Promise<StageModel> {
    const caller = this.caller as StaffCaller;
    if (article.status !== "in_review") throw this.wrongState("稿件不在审核中");
    const stage = stages.find((s) => s.order === article.reviewStage);
    if (!stage) throw this.wrongState("审核环节不存在，请联系管理员检查审核流程");
    if (!this.holdsStage(caller, scope, stage)) throw forbidden(`您不是“${stage.name}”环节的审核人`);
    const round = await new WorkflowRepository(tx).transitionsOfRound(article.id, article.reviewRound);
    if (this.isOwn(caller, article, round)) throw forbidden("不能审核自己撰写或送审的稿件");
    if (this.actedInRound(caller, round)) throw forbidden("同一稿件每人只能在一个环节审核");
    return stage;
  }

  /** Runs `change` on the locked article and its current revision inside one transaction. */
  private async locked(
    id: string,
    change: (
      tx: Parameters<Parameters<ContentDb["transaction"]>[0]>[0],
      article: ArticleRow,
      revision: RevisionRow,
    ) => Promise<{ article: ArticleRow }>,
  ): Promise<ArticleRow> {
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const article = await repository.lock(id);
      if (!article || article.deletedAt) throw notFound("稿件", id);
      const [revision] = await repository.revisionsByIds([article.currentRevisionId]);
      if (!revision) throw notFound("修订", article.currentRevisionId);
      return (await change(tx, article, revision)).article;
    });
  }

  private wrongState(message: string) {
    return conflictState(message);
  }
  private actor() {
    return actorOf(this.caller, this.request);
  }
  private actorRef() {
    const caller = this.caller as StaffCaller;
    return { id: caller.userId, name: caller.displayName };
  }
}

const conflictState = (message: string) => conflict(message, { reason: "INVALID_STATE" });
