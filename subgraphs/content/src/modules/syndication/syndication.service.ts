// 信息报送 / 采用: pushing a published article to other sites' channels, their reviewers accepting (a copy
// published through the normal publishing path) or declining, and the rules that keep copies tied to the origin.
//
// Copies are read-only in spirit: their content changes only when the target accepts a re-push of the updated
// origin. A copy can never be submitted for review (see copyHook), so whatever is saved into it never goes live;
// the target may still take its copy down, set its display flags or delete it. Lock order everywhere: origin
// article, then push rows, then the copy — the same order as the origin's takedown (withdrawCopiesOnTakedown).
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  conflict,
  type DirectoryLoaders,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  type StaffCaller,
  visibleScope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { ArticleAccess } from "../article/article.access";
import { articleEvent } from "../article/article.events";
import type { ArticleLoaders } from "../article/article.loaders";
import { ArticleRepository, type Executor } from "../article/article.repository";
import type { ArticleRow, RevisionRow } from "../article/article.sql";
import type { ChannelLoaders } from "../channel/channel.loaders";
import { type Acting, publishNow } from "../publishing/publishing.service";
import { runTransitionHooks } from "../workflow/hooks";
import { pushEvent } from "./syndication.events";
import type { SyndicationLoaders } from "./syndication.loaders";
import { SyndicationRepository } from "./syndication.repository";
import type { ArticlePushRow, PushStatusValue } from "./syndication.sql";
import type { ArticlePushPageModel, PushTargetSiteModel } from "./syndication.types";
import { declineInput, incomingInput, pushInput } from "./syndication.validation";

const isLive = (article: ArticleRow) =>
  !!article.publishedRevisionId && article.status !== "withdrawn" && !article.deletedAt;

const SELF_SOURCES = new Set(["本网", "本站", "本网站"]);

/** "本网"/"本站" in the origin means the origin site: the copy names it; any other source is kept. */
export function copySource(source: string | null, originSiteName: string | undefined): string | null {
  if (source && !SELF_SOURCES.has(source)) return source;
  return originSiteName ?? source;
}

export class SyndicationService {
  private readonly access: ArticleAccess;

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: ArticleLoaders & ChannelLoaders & SyndicationLoaders,
    private readonly directory: DirectoryLoaders,
  ) {
    this.access = new ArticleAccess(loaders, directory, caller);
  }

  /** 报送: one pending push per target channel, carrying the origin's published revision. */
  async push(id: string, rawTargets: unknown, rawNote: unknown): Promise<ArticlePushRow[]> {
    const input = parseInput(pushInput, { targets: rawTargets, note: rawNote });
    const { article: loaded, caller } = await this.access.require(id, "article.push");
    if (loaded.originArticleId)
      throw conflict("采用稿不能再次报送，请由原稿单位报送", { reason: "INVALID_STATE" });
    const targets = [...new Map(input.targets.map((target) => [target.channelId, target])).values()];
    const resolved: { siteId: string; unitId: string; channelId: string }[] = [];
    for (const [index, target] of targets.entries()) {
      const scope = await this.directory.siteScope(target.siteId);
      if (scope?.kind !== "site") throw notFound("站点", target.siteId);
      if (target.siteId === loaded.siteId)
        throw badInput("不能报送到本站点", { fields: [{ path: `targets.${index}.siteId` }] });
      const channel = await this.loaders.channelById.load(target.channelId);
      if (!channel || channel.siteId !== target.siteId || channel.kind === "link")
        throw badInput("栏目不属于该站点或不能发布稿件", {
          fields: [{ path: `targets.${index}.channelId` }],
        });
      resolved.push({ siteId: target.siteId, unitId: scope.unitId, channelId: target.channelId });
    }
    return this.db.transaction(async (tx) => {
      const article = await new ArticleRepository(tx).lock(loaded.id);
      if (!article || article.deletedAt) throw notFound("稿件", id);
      if (!isLive(article) || !article.publishedRevisionId)
        throw conflict("只有已发布的稿件可以报送", { reason: "INVALID_STATE" });
      const revision = await this.revisionOf(tx, article.publishedRevisionId);
      const repository = new SyndicationRepository(tx);
      const open = await repository.openFor(
        article.id,
        resolved.map((target) => target.channelId),
      );
      const copyIds = open.flatMap((push) =>
        push.status === "accepted" && push.copyArticleId ? [push.copyArticleId] : [],
      );
      const copies = new Map(
        (copyIds.length ? await new ArticleRepository(tx).byIds(copyIds) : []).map((copy) => [copy.id, copy]),
      );
      const pushes: ArticlePushRow[] = [];
      for (const target of resolved) {
        const pending = open.find(
          (push) => push.status === "pending" && push.targetChannelId === target.channelId,
        );
        if (pending?.originRevisionId === revision.id)
          throw conflict("该栏目已有待采用的报送", { reason: "PUSH_PENDING", pushId: pending.id });
        const accepted = open.find(
          (push) => push.status === "accepted" && push.targetChannelId === target.channelId,
        );
        const copy = accepted?.copyArticleId ? copies.get(accepted.copyArticleId) : undefined;
        const liveCopy = copy && isLive(copy) ? copy : undefined;
        if (liveCopy && accepted?.originRevisionId === revision.id)
          throw conflict("该栏目已采用此版本", { reason: "ALREADY_ACCEPTED", pushId: accepted.id });
        // A pending push of an older version is replaced by the push of the version live now.
        if (pending) await repository.update(pending.id, { status: "superseded" });
        const push = await repository.insert({
          originArticleId: article.id,
          originSiteId: article.siteId,
          originUnitId: article.unitId,
          originRevisionId: revision.id,
          targetSiteId: target.siteId,
          targetUnitId: target.unitId,
          targetChannelId: target.channelId,
          note: input.note,
          pushedBy: caller.userId,
          pushedByName: caller.displayName,
          copyArticleId: copy && !copy.deletedAt ? copy.id : null,
        });
        await emitEvent(
          tx,
          "content",
          pushEvent("article.pushed", push, revision.title, this.eventActor(), {
            note: input.note,
            supersededPushId: pending?.id ?? null,
          }),
        );
        pushes.push(push);
      }
      return pushes;
    });
  }

  /**
   * 采用: the pushed snapshot becomes a new revision of the target's copy (created on the first acceptance) and is
   * published there through the normal publishing path (article.published, or article.updated for a live copy).
   */
  async accept(id: string): Promise<ArticlePushRow> {
    const { push: loaded, caller } = await this.requireDecision(id);
    const originSite = await this.directory.siteRef.load(loaded.originSiteId);
    return this.db.transaction(async (tx) => {
      const articles = new ArticleRepository(tx);
      const origin = await articles.lock(loaded.originArticleId);
      const repository = new SyndicationRepository(tx);
      const push = await this.lockPending(repository, id);
      if (!origin || !isLive(origin))
        throw conflict("原稿已撤稿或删除，不能采用", { reason: "INVALID_STATE" });
      const snapshot = await this.revisionOf(tx, push.originRevisionId);
      const existing = push.copyArticleId ? await articles.lock(push.copyArticleId) : undefined;
      const acting = this.acting(caller);
      const copyRevision = (copy: ArticleRow, revisionId: string, number: number) =>
        articles.insertRevision({
          id: revisionId,
          articleId: copy.id,
          siteId: copy.siteId,
          unitId: copy.unitId,
          number,
          title: snapshot.title,
          subtitle: snapshot.subtitle,
          source: copySource(snapshot.source, originSite?.name),
          author: snapshot.author,
          editorOfRecord: snapshot.editorOfRecord,
          summary: snapshot.summary,
          body: snapshot.body,
          coverImageId: snapshot.coverImageId,
          attachments: snapshot.attachments,
          keywords: snapshot.keywords,
          tags: snapshot.tags,
          channelId: push.targetChannelId,
          note: `采用「${originSite?.name ?? "其他站点"}」报送（原稿第 ${snapshot.number} 版）`,
          basedOnRevisionId: number > 1 ? copy.currentRevisionId : null,
          createdBy: caller.userId,
        });
      let copy: ArticleRow;
      let revision: RevisionRow;
      if (existing && !existing.deletedAt) {
        const revisionId = crypto.randomUUID();
        revision = await copyRevision(existing, revisionId, await articles.nextRevisionNumber(existing.id));
        const updated = await articles.update(
          existing.id,
          { version: existing.version },
          {
            currentRevisionId: revisionId,
            channelId: push.targetChannelId,
            status: "approved",
            reviewStage: null,
            scheduledPublishAt: null,
          },
        );
        if (!updated) throw conflict("采用稿已被他人修改，请刷新后重试");
        copy = updated;
      } else {
        const revisionId = crypto.randomUUID();
        copy = await articles.insert({
          siteId: push.targetSiteId,
          unitId: push.targetUnitId,
          channelId: push.targetChannelId,
          status: "approved",
          currentRevisionId: revisionId,
          createdBy: caller.userId,
          originArticleId: origin.id,
          originSiteId: origin.siteId,
        });
        revision = await copyRevision(copy, revisionId, 1);
        await emitEvent(
          tx,
          "content",
          articleEvent("article.created", copy, revision, acting.eventActor, {
            originArticleId: origin.id,
            originSiteId: origin.siteId,
            pushId: push.id,
          }),
        );
      }
      await runTransitionHooks({ article: copy, revision, action: "publish", caller });
      const { article: published } = await publishNow(tx, copy, revision, acting);
      const accepted = await repository.update(push.id, {
        status: "accepted",
        decidedBy: caller.userId,
        decidedByName: caller.displayName,
        decidedAt: new Date(),
        copyArticleId: published.id,
      });
      await repository.supersedeAccepted(published.id, push.id);
      await emitEvent(
        tx,
        "content",
        pushEvent("article.push_accepted", accepted, snapshot.title, acting.eventActor, {
          notify: push.pushedBy,
        }),
      );
      return accepted;
    });
  }

  /** 退回 with a reason; the origin's editors see it on their push list. */
  async decline(id: string, rawReason: unknown): Promise<ArticlePushRow> {
    const { reason } = parseInput(declineInput, { reason: rawReason });
    const { caller } = await this.requireDecision(id);
    return this.db.transaction(async (tx) => {
      const repository = new SyndicationRepository(tx);
      const push = await this.lockPending(repository, id);
      const declined = await repository.update(push.id, {
        status: "declined",
        decidedBy: caller.userId,
        decidedByName: caller.displayName,
        decidedAt: new Date(),
        declineReason: reason,
      });
      const snapshot = await this.revisionOf(tx, push.originRevisionId);
      await emitEvent(
        tx,
        "content",
        pushEvent("article.push_declined", declined, snapshot.title, this.eventActor(), {
          reason,
          notify: push.pushedBy,
        }),
      );
      return declined;
    });
  }

  /** The target site's pushes (待采用 with status PENDING), for those who may adopt there. */
  async incoming(rawInput: unknown): Promise<ArticlePushPageModel> {
    const input = parseInput(incomingInput, rawInput);
    assertCan(this.caller, "article.adopt", await this.access.siteScope(input.siteId));
    const { rows, total } = await new SyndicationRepository(this.db).incoming(
      input.siteId,
      (input.status ?? null) as PushStatusValue | null,
      input.offset,
      input.limit,
    );
    for (const row of rows) this.loaders.pushById.prime(row.id, row);
    return { items: rows, total };
  }

  /** Every site of the city may receive pushes; the list is for those who may push somewhere. */
  async targets(): Promise<PushTargetSiteModel[]> {
    const scope = visibleScope(this.caller, "article.push");
    if (!scope.all && scope.unitIds.length === 0 && scope.siteIds.length === 0)
      throw forbidden("没有报送稿件的权限");
    return new SyndicationRepository(this.db).targetSites();
  }

  private async requireDecision(
    id: string,
  ): Promise<{ push: ArticlePushRow; scope: Scope; caller: StaffCaller }> {
    const push = await this.loaders.pushById.load(id);
    if (!push) throw notFound("报送", id);
    const scope = await this.access.siteScope(push.targetSiteId);
    assertCan(this.caller, "article.adopt", scope);
    return { push, scope, caller: this.caller as StaffCaller };
  }

  private async lockPending(repository: SyndicationRepository, id: string): Promise<ArticlePushRow> {
    const push = await repository.lock(id);
    if (!push) throw notFound("报送", id);
    if (push.status !== "pending") throw conflict("该报送已处理或已撤回", { reason: "INVALID_STATE" });
    return push;
  }

  private async revisionOf(tx: Executor, id: string): Promise<RevisionRow> {
    const [revision] = await new ArticleRepository(tx).revisionsByIds([id]);
    if (!revision) throw notFound("修订", id);
    return revision;
  }

  private acting(caller: StaffCaller): Acting {
    return {
      caller,
      actor: { id: caller.userId, name: caller.displayName },
      eventActor: this.eventActor(),
    };
  }

  private eventActor() {
    return actorOf(this.caller, this.request);
  }
}
