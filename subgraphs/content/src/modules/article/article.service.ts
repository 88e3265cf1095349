// Articles: writing (create, save with conflict detection), the recycle bin, display flags and staff reads.

import { htmlToText, wordDiff } from "@jiyue/content-text";
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
  type StaffCaller,
  visibleScope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import type { ChannelLoaders } from "../channel/channel.loaders";
import { MediaRepository } from "../media/media.repository";
import type { MediaAssetRow } from "../media/media.sql";
import { syncSearchDocument } from "../search/search.indexer";
import { applyTransition } from "../workflow/transition";
import { ArticleAccess } from "./article.access";
import { articleEvent } from "./article.events";
import type { ArticleLoaders } from "./article.loaders";
import { ArticleRepository } from "./article.repository";
import type { ArticleRow, NewRevisionRow, RevisionRow } from "./article.sql";
import type { ArticlePageModel, FieldDiffModel, RevisionDiffModel } from "./article.types";
import {
  type ArticleContent,
  articleFilterInput,
  createArticleInput,
  flagsInput,
  pageInput,
  saveArticleInput,
} from "./article.validation";
import { sanitizeBody } from "./sanitize";

export class ArticleService {
  private readonly access: ArticleAccess;

  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: ArticleLoaders & ChannelLoaders,
    directory: DirectoryLoaders,
  ) {
    this.access = new ArticleAccess(loaders, directory, caller);
  }

  async create(rawInput: unknown): Promise<ArticleRow> {
    const input = parseInput(createArticleInput, rawInput);
    const scope = await this.access.siteScope(input.siteId);
    assertCan(this.caller, "article.write", scope);
    const caller = this.caller as StaffCaller;
    await this.requireChannel(input.content.channelId, input.siteId);
    const media = await this.requireMedia(input.content, input.siteId, scope.unitId);
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const articleId = crypto.randomUUID();
      const revisionId = crypto.randomUUID();
      const article = await repository.insert({
        id: articleId,
        siteId: input.siteId,
        unitId: scope.unitId,
        channelId: input.content.channelId,
        currentRevisionId: revisionId,
        createdBy: caller.userId,
      });
      const revision = await repository.insertRevision(
        this.revisionRow(article, revisionId, 1, input.content, input.note, null, media),
      );
      await emitEvent(tx, "content", articleEvent("article.created", article, revision, this.actor()));
      return article;
    });
  }

  /**
   * A new revision based on `baseRevisionId`. If someone saved in between, CONFLICT with the current revision and
   * nothing written: the row lock plus the compare-and-set on current_revision_id make two saves on one base
   * end with exactly one success. A save during or after review restarts the review (status DRAFT).
   */
  async save(id: string, rawInput: unknown): Promise<ArticleRow> {
    const input = parseInput(saveArticleInput, rawInput);
    const { article: loaded } = await this.access.require(id, "article.write");
    await this.requireChannel(input.content.channelId, loaded.siteId);
    const media = await this.requireMedia(input.content, loaded.siteId, loaded.unitId);
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const article = await repository.lock(id);
      if (!article || article.deletedAt) throw notFound("稿件", id);
      if (article.originArticleId)
        throw forbidden("这是报送采用的稿件，内容以原稿为准：请原稿单位修改后重新报送");
      if (article.currentRevisionId !== input.baseRevisionId) throw this.staleBase(article);
      const number = await repository.nextRevisionNumber(id);
      const revisionId = crypto.randomUUID();
      const revision = await repository.insertRevision(
        this.revisionRow(article, revisionId, number, input.content, input.note, input.baseRevisionId, media),
      );
      const restart = article.status === "in_review" || article.status === "approved";
      const changes = {
        currentRevisionId: revisionId,
        channelId: input.content.channelId,
        status: "draft" as const,
        reviewStage: null,
        scheduledPublishAt: null,
      };
      if (restart) {
        const { article: updated } = await applyTransition(tx, {
          article,
          revision,
          action: "restart",
          caller: this.caller,
          actor: this.transitionActor(),
          comment: "稿件已修改，审核从第一环节重新开始",
          changes,
          events: (row) => [
            articleEvent("article.saved", row, revision, this.actor(), { reviewRestarted: true }),
          ],
        });
        return updated;
      }
      const updated = await repository.update(
        id,
        { version: article.version, currentRevisionId: input.baseRevisionId },
        changes,
      );
      if (!updated) throw this.staleBase(article);
      await emitEvent(tx, "content", articleEvent("article.saved", updated, revision, this.actor()));
      return updated;
    });
  }

  async delete(id: string): Promise<ArticleRow> {
    await this.access.require(id, "article.write");
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const article = await repository.lock(id);
      if (!article || article.deletedAt) throw notFound("稿件", id);
      // Taking a live article off the portal is a takedown (reason, copies, feeds, new media), never a delete.
      if (article.publishedRevisionId && article.status !== "withdrawn")
        throw conflict("已发布的稿件需先撤稿，再移入回收站", { reason: "INVALID_STATE" });
      const updated = await repository.update(
        id,
        { version: article.version },
        { deletedAt: new Date(), scheduledPublishAt: null, scheduledUnpublishAt: null },
      );
      if (!updated) throw conflict("稿件已被他人修改，请刷新后重试");
      await emitEvent(tx, "content", articleEvent("article.deleted", updated, null, this.actor()));
      await syncSearchDocument(tx, updated.id);
      return updated;
    });
  }

  async restore(id: string): Promise<ArticleRow> {
    // Anyone who may restore it learns that it is not in the bin; others still get NOT_FOUND/FORBIDDEN.
    await this.access.require(id, "article.restore", { deleted: "any" });
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const article = await repository.lock(id);
      if (!article) throw notFound("稿件", id);
      if (!article.deletedAt) throw conflict("稿件不在回收站中", { reason: "INVALID_STATE" });
      const updated = await repository.update(id, { version: article.version }, { deletedAt: null });
      if (!updated) throw conflict("稿件已被他人修改，请刷新后重试");
      await emitEvent(tx, "content", articleEvent("article.restored", updated, null, this.actor()));
      await syncSearchDocument(tx, updated.id);
      return updated;
    });
  }

  async setFlags(id: string, rawInput: unknown): Promise<ArticleRow> {
    const input = parseInput(flagsInput, rawInput);
    await this.access.require(id, "article.write");
    const changes: Partial<ArticleRow> = {};
    if (input.pinned != null) changes.pinned = input.pinned;
    if (input.pinnedUntil !== undefined) changes.pinnedUntil = input.pinnedUntil;
    if (input.pinned === false) changes.pinnedUntil = null;
    if (input.headline != null) changes.headline = input.headline;
    if (input.carousel != null) changes.carousel = input.carousel;
    return this.db.transaction(async (tx) => {
      const repository = new ArticleRepository(tx);
      const article = await repository.lock(id);
      if (!article || article.deletedAt) throw notFound("稿件", id);
      const updated = await repository.update(id, { version: article.version }, changes);
      if (!updated) throw conflict("稿件已被他人修改，请刷新后重试");
      await emitEvent(
        tx,
        "content",
        articleEvent("article.flags_changed", updated, null, this.actor(), {
          pinned: updated.pinned,
          pinnedUntil: updated.pinnedUntil?.toISOString() ?? null,
          headline: updated.headline,
          carousel: updated.carousel,
        }),
      );
      return updated;
    });
  }

  /** Staff read: null for unknown ids; FORBIDDEN outside the caller's sites. Recycle-bin articles are included. */
  async article(id: string): Promise<ArticleRow | null> {
    const article = await this.loaders.articleById.load(id);
    if (!article) return null;
    assertCan(this.caller, "article.read", await this.access.siteScope(article.siteId));
    return article;
  }

  async revision(id: string): Promise<RevisionRow | null> {
    const revision = await this.loaders.revisionById.load(id);
    if (!revision) return null;
    assertCan(this.caller, "article.read", await this.access.siteScope(revision.siteId));
    return revision;
  }

  async list(rawFilter: unknown, rawPage: unknown): Promise<ArticlePageModel> {
    const filter = parseInput(articleFilterInput, rawFilter);
    const page = parseInput(pageInput, rawPage);
    assertCan(this.caller, "article.read", await this.access.siteScope(filter.siteId));
    const { rows, total } = await new ArticleRepository(this.db).list(filter, page.offset, page.limit);
    for (const row of rows) this.loaders.articleById.prime(row.id, row);
    return { items: rows, total };
  }

  /** Side-by-side comparison of two revisions of one article: fields and the body as text, word by word. */
  async diff(fromId: string, toId: string): Promise<RevisionDiffModel> {
    const [from, to] = await Promise.all([this.revision(fromId), this.revision(toId)]);
    if (!from) throw notFound("修订", fromId);
    if (!to) throw notFound("修订", toId);
    if (from.articleId !== to.articleId) throw badInput("只能对比同一稿件的修订");
    const channelName = async (id: string) => (await this.loaders.channelById.load(id))?.name ?? id;
    const pairs: [string, string, string][] = [
      ["title", from.title, to.title],
      ["subtitle", from.subtitle ?? "", to.subtitle ?? ""],
      ["source", from.source ?? "", to.source ?? ""],
      ["author", from.author ?? "", to.author ?? ""],
      ["editorOfRecord", from.editorOfRecord ?? "", to.editorOfRecord ?? ""],
      ["summary", from.summary ?? "", to.summary ?? ""],
      ["keywords", from.keywords.join("，"), to.keywords.join("，")],
      ["tags", from.tags.join("，"), to.tags.join("，")],
      ["channel", await channelName(from.channelId), await channelName(to.channelId)],
      ["body", htmlToText(from.body), htmlToText(to.body)],
    ];
    const fields: FieldDiffModel[] = pairs.map(([field, before, after]) => ({
      field,
      changed: before !== after,
      parts: wordDiff(before, after),
    }));
    return { from, to, fields };
  }

  /** Whether the caller may read articles somewhere (used by myReviewTasks and friends). */
  readable(): boolean {
    const scope = visibleScope(this.caller, "article.read");
    return scope.all || scope.unitIds.length > 0 || scope.siteIds.length > 0;
  }

  private async requireChannel(channelId: string, siteId: string): Promise<void> {
    const channel = await this.loaders.channelById.load(channelId);
    if (!channel || channel.siteId !== siteId)
      throw badInput("栏目不属于该站点", { fields: [{ path: "content.channelId" }] });
    if (channel.kind === "link")
      throw badInput("外部链接栏目不能发布稿件", { fields: [{ path: "content.channelId" }] });
  }

  /**
   * The cover and attachments must be media-library assets this site may use: its own, its unit's shared ones,
   * or city-wide shared ones; the cover must be an image.
   */
  private async requireMedia(
    content: ArticleContent,
    siteId: string,
    unitId: string,
  ): Promise<Map<string, MediaAssetRow>> {
    const ids = [
      ...new Set([...(content.coverImageId ? [content.coverImageId] : []), ...(content.attachmentIds ?? [])]),
    ];
    if (ids.length === 0) return new Map();
    const assets = new Map((await new MediaRepository(this.db).byIds(ids)).map((asset) => [asset.id, asset]));
    const usable = (asset: MediaAssetRow | undefined) =>
      !!asset &&
      (asset.siteId === siteId ||
        asset.visibility === "city" ||
        (asset.visibility === "unit" && asset.unitId === unitId));
    if (content.coverImageId) {
      const cover = assets.get(content.coverImageId);
      if (!usable(cover))
        throw badInput("封面图片不在本站可用的资源库中", { fields: [{ path: "content.coverImageId" }] });
      if (cover?.kind !== "image")
        throw badInput("封面必须是图片", { fields: [{ path: "content.coverImageId" }] });
    }
    for (const [index, id] of (content.attachmentIds ?? []).entries()) {
      if (!usable(assets.get(id)))
        throw badInput("附件不在本站可用的资源库中", {
          fields: [{ path: `content.attachmentIds.${index}` }],
        });
    }
    return assets;
  }

  private staleBase(article: ArticleRow) {
    return conflict("稿件已被他人保存，请对比后合并", { currentRevisionId: article.currentRevisionId });
  }

  private revisionRow(
    article: ArticleRow,
    id: string,
    number: number,
    content: ArticleContent,
    note: string | null,
    basedOn: string | null,
    media: Map<string, MediaAssetRow>,
  ): NewRevisionRow {
    return {
      id,
      articleId: article.id,
      siteId: article.siteId,
      unitId: article.unitId,
      number,
      title: content.title,
      subtitle: content.subtitle,
      source: content.source,
      author: content.author,
      editorOfRecord: content.editorOfRecord,
      summary: content.summary,
      body: sanitizeBody(content.body),
      coverImageId: content.coverImageId ?? null,
      attachments: (content.attachmentIds ?? []).map((mediaId) => ({
        mediaId,
        name: media.get(mediaId)?.originalName ?? mediaId,
      })),
      keywords: content.keywords,
      tags: content.tags,
      channelId: content.channelId,
      note,
      basedOnRevisionId: basedOn,
      createdBy: (this.caller as StaffCaller).userId,
    };
  }

  private actor() {
    return actorOf(this.caller, this.request);
  }

  private transitionActor() {
    const caller = this.caller as StaffCaller;
    return { id: caller.userId, name: caller.displayName };
  }
}
