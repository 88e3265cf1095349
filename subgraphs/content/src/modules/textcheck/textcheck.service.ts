// Text checking in content: checkText for the editor (article.read or article.write on the site), the check
// result of an article's revision with its overrides and ignores, overriding block-level findings
// (check.override) and ignoring warnings and hints with a reason (article.write; reviewers see the reason).
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  emitEvents,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  type StaffCaller,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { ArticleAccess } from "../article/article.access";
import { articleEvent } from "../article/article.events";
import type { ArticleLoaders } from "../article/article.loaders";
import { ArticleRepository, type Executor } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import { WorkflowRepository } from "../workflow/workflow.repository";
import type { LexiconCache } from "./lexicon-cache";
import { runCheck } from "./textcheck.engine";
import { revisionCheckInput } from "./textcheck.input";
import { TextCheckRepository } from "./textcheck.repository";
import type { CheckOverrideRow } from "./textcheck.sql";
import type { CheckResultModel, TextCheckModel } from "./textcheck.types";
import { checkTextInput, ignoreInput, overrideInput } from "./textcheck.validation";

export class TextCheckService {
  private readonly access: ArticleAccess;

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    loaders: ArticleLoaders,
    directory: DirectoryLoaders,
    private readonly cache: LexiconCache,
    /** Overrides and ignores of a revision (batched per request). */
    private readonly overridesOf: (revisionId: string) => Promise<CheckOverrideRow[]>,
  ) {
    this.access = new ArticleAccess(loaders, directory, caller);
  }

  async checkText(rawInput: unknown): Promise<TextCheckModel> {
    const input = parseInput(checkTextInput, rawInput);
    const scope = await this.access.siteScope(input.siteId);
    if (!can(this.caller, "article.write", scope)) assertCan(this.caller, "article.read", scope);
    return runCheck(this.cache.forUnit(scope.unitId), input);
  }

  /** The revision checked with the lexicon in force now, with the overrides recorded for it. */
  async resultOf(article: ArticleRow, revision: RevisionRow): Promise<CheckResultModel> {
    assertCan(this.caller, "article.read", await this.access.siteScope(article.siteId));
    const result = runCheck(this.cache.forUnit(article.unitId), await revisionCheckInput(this.db, revision));
    const setAside = await this.overridesOf(revision.id);
    const overrides = setAside.filter((row) => row.kind === "override");
    const ignores = setAside.filter((row) => row.kind === "ignore");
    const overridden = new Map(overrides.map((o) => [o.findingKey, o]));
    const ignored = new Map(ignores.map((o) => [o.findingKey, o]));
    const findings = result.findings.map((f) => ({
      ...f,
      override: f.severity === "block" ? (overridden.get(f.key) ?? null) : null,
      ignore: f.severity !== "block" ? (ignored.get(f.key) ?? null) : null,
    }));
    return {
      lexiconVersion: result.lexiconVersion,
      findings,
      blockCount: result.blockCount,
      warnCount: result.warnCount,
      hintCount: result.hintCount,
      unresolvedBlockCount: findings.filter((f) => f.severity === "block" && !f.override).length,
      overrides,
      ignores,
      checkedAt: new Date(),
    };
  }

  /**
   * Accepts block-level findings of the current revision with a reason: recorded per finding, as a timeline
   * entry (shown on the review sheet too) and as an audited event.
   */
  async override(rawInput: unknown): Promise<ArticleRow> {
    const input = parseInput(overrideInput, rawInput);
    const { article: loaded, scope } = await this.access.require(input.articleId, "article.read");
    if (!can(this.caller, "check.override", scope)) throw forbidden("没有错敏词放行权限");
    const caller = this.caller as StaffCaller;
    return this.db.transaction(async (tx) => {
      const { article, revision, result } = await this.checkCurrentRevision(tx, loaded.id);
      const repository = new TextCheckRepository(tx);
      const done = new Set((await repository.overridesOf([revision.id])).map((o) => o.findingKey));
      const open = result.findings.filter((f) => f.severity === "block" && !done.has(f.key));
      let chosen = open;
      if (input.findingKeys && input.findingKeys.length > 0) {
        const wanted = new Set(input.findingKeys);
        chosen = open.filter((f) => wanted.has(f.key));
        const known = new Set(result.findings.map((f) => f.key));
        const unknown = input.findingKeys.filter((key) => !known.has(key));
        if (unknown.length > 0)
          throw badInput("找不到要放行的问题：稿件可能已修改或词库已更新，请重新检查", {
            fields: [{ path: "findingKeys" }],
          });
        if (result.findings.some((f) => wanted.has(f.key) && f.severity !== "block"))
          throw badInput("只有阻断级问题需要放行；提醒和提示可在编辑器中忽略", {
            fields: [{ path: "findingKeys" }],
          });
      }
      if (chosen.length === 0) throw conflict("没有待放行的阻断级问题", { reason: "NOTHING_TO_OVERRIDE" });
      await repository.insertOverrides(
        chosen.map((f) => ({
          articleId: article.id,
          revisionId: revision.id,
          siteId: article.siteId,
          unitId: article.unitId,
          findingKey: f.key,
          ruleId: f.ruleId,
          text: f.text,
          reason: input.reason,
          lexiconVersion: result.lexiconVersion,
          actorId: caller.userId,
          actorName: caller.displayName,
        })),
      );
      const terms = chosen.map((f) => `“${f.text}”`).join("、");
      await new WorkflowRepository(tx).record({
        articleId: article.id,
        siteId: article.siteId,
        unitId: article.unitId,
        action: "check_override",
        stage: article.reviewStage,
        stageName: null,
        round: article.reviewRound,
        actorId: caller.userId,
        actorName: caller.displayName,
        comment: `错敏词放行 ${chosen.length} 处：${terms}。理由：${input.reason}`,
        revisionId: revision.id,
      });
      await emitEvents(tx, "content", [
        articleEvent("article.check_overridden", article, revision, actorOf(this.caller, this.request), {
          findings: chosen.map((f) => ({ key: f.key, ruleId: f.ruleId, text: f.text, category: f.category })),
          reason: input.reason,
          lexiconVersion: result.lexiconVersion,
        }),
      ]);
      return article;
    });
  }

  /**
   * Sets warnings and hints of the current revision aside with a reason: the editor's judgement, kept with the
   * revision so reviewers see it (送审检查, 审签单). Block-level findings need an override instead.
   */
  async ignore(rawInput: unknown): Promise<ArticleRow> {
    const input = parseInput(ignoreInput, rawInput);
    const { article: loaded, caller } = await this.access.require(input.articleId, "article.write");
    return this.db.transaction(async (tx) => {
      const { article, revision, result } = await this.checkCurrentRevision(tx, loaded.id);
      const wanted = new Set(input.findingKeys);
      const chosen = result.findings.filter((f) => wanted.has(f.key));
      if (chosen.length !== wanted.size)
        throw badInput("找不到要忽略的问题：稿件可能已修改或词库已更新，请保存后重新检查", {
          fields: [{ path: "findingKeys" }],
        });
      if (chosen.some((f) => f.severity === "block"))
        throw badInput("必须修改的问题不能忽略：请修改，或由有“错敏词放行”权限的人员放行", {
          fields: [{ path: "findingKeys" }],
        });
      await new TextCheckRepository(tx).insertOverrides(
        chosen.map((f) => ({
          articleId: article.id,
          revisionId: revision.id,
          siteId: article.siteId,
          unitId: article.unitId,
          kind: "ignore" as const,
          findingKey: f.key,
          ruleId: f.ruleId,
          text: f.text,
          reason: input.reason,
          lexiconVersion: result.lexiconVersion,
          actorId: caller.userId,
          actorName: caller.displayName,
        })),
      );
      return article;
    });
  }

  /** Locks the article and checks its current revision with the unit's lexicon (in the caller's transaction). */
  private async checkCurrentRevision(tx: Executor, articleId: string) {
    const articles = new ArticleRepository(tx);
    const article = await articles.lock(articleId);
    if (!article || article.deletedAt) throw notFound("稿件", articleId);
    const [revision] = await articles.revisionsByIds([article.currentRevisionId]);
    if (!revision) throw notFound("修订", article.currentRevisionId);
    const result = runCheck(this.cache.forUnit(article.unitId), await revisionCheckInput(tx, revision));
    return { article, revision, result };
  }
}
