// Topics (专题): who may manage them (channel.manage in the site's scope), which channels and articles they may
// gather (those of the topic's unit), who sees disabled ones, and their events.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  can,
  type DirectoryLoaders,
  emitEvent,
  isUuid,
  type NewEvent,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import type { ArticleLoaders } from "../article/article.loaders";
import type { ChannelLoaders } from "../channel/channel.loaders";
import type { MediaLoaders } from "../media/media.loaders";
import type { PublishedArticlePageModel } from "../publishing/publishing.types";
import { publicPageInput } from "../publishing/publishing.validation";
import type { TopicLoaders } from "./topic.loaders";
import { TopicRepository } from "./topic.repository";
import type { TopicRow } from "./topic.sql";
import { createTopicInput, updateTopicInput } from "./topic.validation";

type Loaders = TopicLoaders & ChannelLoaders & ArticleLoaders & MediaLoaders;

export class TopicService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: Loaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  /** Enabled topics are public; disabled ones only for those who manage the site's channels. */
  async get(id: string): Promise<TopicRow | null> {
    if (!isUuid(id)) return null;
    const topic = await this.loaders.topicById.load(id);
    return topic && (await this.visible(topic)) ? topic : null;
  }

  async bySlug(siteId: string, slug: string): Promise<TopicRow | null> {
    if (!isUuid(siteId) || slug.length > 40) return null;
    const topic = await new TopicRepository(this.db).bySlug(siteId, slug);
    return topic && (await this.visible(topic)) ? topic : null;
  }

  async ofSite(siteId: string, includeDisabled: boolean): Promise<TopicRow[]> {
    if (includeDisabled) {
      const scope = await this.directory.siteScope(siteId);
      if (!scope) return [];
      assertCan(this.caller, "channel.manage", scope);
    }
    const rows = await this.loaders.topicsBySite.load(siteId);
    return includeDisabled ? rows : rows.filter((row) => row.enabled);
  }

  async publishedArticles(topic: TopicRow, rawPage: unknown): Promise<PublishedArticlePageModel> {
    const page = parseInput(publicPageInput, rawPage);
    return new TopicRepository(this.db).publishedPage(topic, page.offset, page.limit);
  }

  async create(rawInput: unknown): Promise<TopicRow> {
    const input = parseInput(createTopicInput, rawInput);
    const scope = await this.manageableSite(input.siteId);
    await this.checkReferences(scope.unitId, input);
    return this.db.transaction(async (tx) => {
      const row = await new TopicRepository(tx).insert({
        siteId: input.siteId,
        unitId: scope.unitId,
        name: input.name,
        slug: input.slug,
        description: input.description || null,
        bannerImageId: input.bannerImageId ?? null,
        sourceChannelIds: input.sourceChannelIds,
        pinnedArticleIds: input.pinnedArticleIds,
        sortOrder: input.sortOrder,
        enabled: input.enabled,
      });
      await emitEvent(tx, "content", this.event("topic.created", row));
      return row;
    });
  }

  async update(id: string, rawInput: unknown): Promise<TopicRow> {
    const input = parseInput(updateTopicInput, rawInput);
    const existing = await this.requireManageable(id);
    await this.checkReferences(existing.unitId, input);
    return this.db.transaction(async (tx) => {
      const row = await new TopicRepository(tx).update(id, {
        name: input.name,
        description: input.description === undefined ? undefined : input.description || null,
        bannerImageId: input.bannerImageId === undefined ? undefined : input.bannerImageId,
        sourceChannelIds: input.sourceChannelIds,
        pinnedArticleIds: input.pinnedArticleIds,
        sortOrder: input.sortOrder,
        enabled: input.enabled,
      });
      if (!row) throw notFound("专题", id);
      await emitEvent(tx, "content", this.event("topic.updated", row));
      return row;
    });
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.requireManageable(id);
    await this.db.transaction(async (tx) => {
      await new TopicRepository(tx).delete(id);
      await emitEvent(tx, "content", this.event("topic.deleted", existing));
    });
    return true;
  }

  private async visible(topic: TopicRow): Promise<boolean> {
    if (topic.enabled) return true;
    const scope = await this.directory.siteScope(topic.siteId);
    return !!scope && can(this.caller, "channel.manage", scope);
  }

  private async manageableSite(siteId: string): Promise<Scope & { kind: "site" }> {
    const scope = await this.directory.siteScope(siteId);
    if (scope?.kind !== "site") throw notFound("站点", siteId);
    assertCan(this.caller, "channel.manage", scope);
    return scope;
  }

  private async requireManageable(id: string): Promise<TopicRow> {
    const existing = isUuid(id) ? await this.loaders.topicById.load(id) : null;
    if (!existing) throw notFound("专题", id);
    await this.manageableSite(existing.siteId);
    return existing;
  }

  /** Source channels and pinned articles must belong to the topic's unit; the banner must be a usable image. */
  private async checkReferences(
    unitId: string,
    input: { sourceChannelIds?: string[]; pinnedArticleIds?: string[]; bannerImageId?: string | null },
  ): Promise<void> {
    const channels = await Promise.all(
      (input.sourceChannelIds ?? []).map((id) => this.loaders.channelById.load(id)),
    );
    const badChannel = (input.sourceChannelIds ?? []).findIndex((_, index) => {
      const channel = channels[index];
      return !channel || channel.unitId !== unitId || channel.kind === "link";
    });
    if (badChannel >= 0)
      throw badInput("来源栏目只能是本单位站点的列表或单页栏目", {
        fields: [{ path: `sourceChannelIds.${badChannel}` }],
      });
    const pinned = await Promise.all(
      (input.pinnedArticleIds ?? []).map((id) => this.loaders.articleById.load(id)),
    );
    const badArticle = pinned.findIndex((article) => !article || article.unitId !== unitId);
    if (badArticle >= 0)
      throw badInput("置顶稿件只能是本单位的稿件", { fields: [{ path: `pinnedArticleIds.${badArticle}` }] });
    if (input.bannerImageId) {
      const asset = await this.loaders.mediaById.load(input.bannerImageId);
      const usable = asset?.kind === "image" && (asset.unitId === unitId || asset.visibility === "city");
      if (!usable) throw badInput("横幅图片不存在或不可使用", { fields: [{ path: "bannerImageId" }] });
    }
  }

  private event(type: string, row: TopicRow): NewEvent {
    return {
      type,
      aggregateType: "topic",
      aggregateId: row.id,
      siteId: row.siteId,
      unitId: row.unitId,
      payload: {
        topic: {
          id: row.id,
          siteId: row.siteId,
          name: row.name,
          slug: row.slug,
          enabled: row.enabled,
          sourceChannelIds: row.sourceChannelIds,
        },
      },
      actor: actorOf(this.caller, this.request),
    };
  }
}
