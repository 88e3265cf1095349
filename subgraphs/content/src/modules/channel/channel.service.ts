// Channels: who may manage them (channel.manage in the site's scope), the tree rules, and their events.

import type { DirectoryLoaders } from "@jiyue/server-kit";
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  conflict,
  type EventActor,
  emitEvent,
  fromDatabaseError,
  type NewEvent,
  notFound,
  parseInput,
  type RequestInfo,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import type { ChannelLoaders } from "./channel.loaders";
import { ChannelRepository } from "./channel.repository";
import { CHANNEL_PATH_UNIQUE, type ChannelRow, type NewChannelRow } from "./channel.sql";
import { createChannelInput, updateChannelInput } from "./channel.validation";
import { STANDARD_CHANNELS } from "./standard-channels";

export class ChannelService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: ChannelLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  async create(rawInput: unknown): Promise<ChannelRow> {
    const input = parseInput(createChannelInput, rawInput);
    const scope = await this.directory.siteScope(input.siteId);
    if (scope?.kind !== "site") throw notFound("站点", input.siteId);
    assertCan(this.caller, "channel.manage", scope);
    let path = input.slug;
    if (input.parentId) {
      const parent = await this.loaders.channelById.load(input.parentId);
      if (!parent || parent.siteId !== input.siteId) throw notFound("上级栏目", input.parentId);
      path = `${parent.path}/${input.slug}`;
    }
    return this.db
      .transaction(async (tx) => {
        const [row] = await new ChannelRepository(tx).insertMany([
          {
            siteId: input.siteId,
            unitId: scope.unitId,
            parentId: input.parentId ?? null,
            name: input.name,
            path,
            kind: input.kind,
            linkUrl: input.linkUrl ?? null,
            updateClass: input.updateClass,
            sortOrder: input.sortOrder,
          },
        ]);
        if (!row) throw new Error("channel insert returned nothing");
        await emitEvent(tx, "content", this.channelEvent("channel.created", row));
        return row;
      })
      .catch((error: unknown) => {
        // The path is what is taken, not "some data": say so, on the field the editor typed.
        if (fromDatabaseError(error)?.extensions.constraint === CHANNEL_PATH_UNIQUE)
          throw conflict("路径已被使用", { fields: [{ path: "slug", message: "路径已被使用" }], path });
        throw error;
      });
  }

  async update(id: string, rawInput: unknown): Promise<ChannelRow> {
    const input = parseInput(updateChannelInput, rawInput);
    const existing = await this.requireManageable(id);
    const kind = input.kind ?? existing.kind;
    const linkUrl = input.linkUrl === undefined ? existing.linkUrl : input.linkUrl;
    if (kind === "link" && !linkUrl)
      throw badInput("外部链接栏目必须填写链接地址", { fields: [{ path: "linkUrl" }] });
    return this.db.transaction(async (tx) => {
      const row = await new ChannelRepository(tx).update(id, {
        name: input.name,
        kind,
        linkUrl,
        updateClass: input.updateClass,
        sortOrder: input.sortOrder,
      });
      if (!row) throw notFound("栏目", id);
      await emitEvent(tx, "content", this.channelEvent("channel.updated", row));
      return row;
    });
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.requireManageable(id);
    const children = await this.loaders.childChannels.load(id);
    if (children.length > 0) throw badInput("请先删除或移走下级栏目");
    await this.db.transaction(async (tx) => {
      const repository = new ChannelRepository(tx);
      const held = await repository.articleCount(id);
      if (held > 0)
        throw conflict(`栏目下还有 ${held} 篇稿件（含回收站和历史版本），请先移到其他栏目后再删除`, {
          reason: "CHANNEL_NOT_EMPTY",
        });
      await repository.delete(id);
      await emitEvent(tx, "content", this.channelEvent("channel.deleted", existing));
    });
    return true;
  }

  private async requireManageable(id: string): Promise<ChannelRow> {
    const existing = await this.loaders.channelById.load(id);
    if (!existing) throw notFound("栏目", id);
    const scope = await this.directory.siteScope(existing.siteId);
    if (!scope) throw notFound("站点", existing.siteId);
    assertCan(this.caller, "channel.manage", scope);
    return existing;
  }

  private channelEvent(type: string, row: ChannelRow) {
    return channelEvent(type, row, actorOf(this.caller, this.request));
  }
}

/** A new site starts with the standard channel tree (reacting to identity's site.created). */
export async function createStandardChannels(
  tx: Pick<ContentDb, "select" | "insert" | "update" | "delete" | "execute">,
  site: { id: string; unitId: string },
): Promise<ChannelRow[]> {
  const repository = new ChannelRepository(tx);
  if ((await repository.countBySite(site.id)) > 0) return [];
  const rows: NewChannelRow[] = STANDARD_CHANNELS.map((channel, index) => ({
    siteId: site.id,
    unitId: site.unitId,
    name: channel.name,
    path: channel.slug,
    kind: channel.kind,
    updateClass: channel.updateClass,
    sortOrder: (index + 1) * 10,
  }));
  const created = await repository.insertMany(rows);
  const templateActor: EventActor = { kind: "system", id: null, name: "标准栏目模板" };
  for (const row of created)
    await emitEvent(tx, "content", channelEvent("channel.created", row, templateActor));

  return created;
}

function channelEvent(type: string, row: ChannelRow, actor: EventActor): NewEvent {
  return {
    type,
    aggregateType: "channel",
    aggregateId: row.id,
    siteId: row.siteId,
    unitId: row.unitId,
    payload: { channel: { id: row.id, siteId: row.siteId, name: row.name, path: row.path, kind: row.kind } },
    actor,
  };
}
