// The media library: who may upload, list, share, delete and read assets, and the events of each change.
import {
  type Action,
  actorOf,
  assertCan,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  emitEvent,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  visibleScope,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { detectType, extensionOf, UploadError } from "./media.detect";
import type { MediaLoaders } from "./media.loaders";
import { MediaRepository } from "./media.repository";
import type { MediaAssetRow } from "./media.sql";
import { storeMedia } from "./media.storage";
import { extractDocumentText } from "./media.text";
import { mediaListInput, uploadFields, visibilityInput } from "./media.validation";

export const mediaUrl = (id: string) => `/media/${id}`;
export const thumbUrl = (id: string) => `/media/${id}/thumb`;

const MAX_NAME = 200;

/** Keeps the original name displayable and harmless: no path, no control characters, bounded length. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  return cleaned.slice(-MAX_NAME) || "未命名";
}

export class MediaService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: MediaLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  private async siteScope(siteId: string): Promise<Scope & { kind: "site" }> {
    const scope = await this.directory.siteScope(siteId);
    if (scope?.kind !== "site") throw notFound("站点", siteId);
    return scope;
  }

  /** Own site's assets need `action` there; shared ones (unit / city) are readable by staff allowed to read articles there. */
  async mayRead(asset: MediaAssetRow): Promise<boolean> {
    const scope = await this.directory.siteScope(asset.siteId);
    if (scope?.kind === "site" && can(this.caller, "article.read", scope)) return true;
    if (asset.visibility === "unit")
      return can(this.caller, "article.read", { kind: "site", siteId: asset.siteId, unitId: asset.unitId });
    if (asset.visibility === "city") {
      const visible = visibleScope(this.caller, "article.read");
      return visible.all || visible.unitIds.length > 0 || visible.siteIds.length > 0;
    }
    return false;
  }

  async require(id: string, action: Action): Promise<MediaAssetRow> {
    const asset = await this.loaders.mediaById.load(id);
    if (!asset) throw notFound("资源", id);
    assertCan(this.caller, action, await this.siteScope(asset.siteId));
    return asset;
  }

  async get(id: string): Promise<MediaAssetRow | null> {
    const asset = await this.loaders.mediaById.load(id);
    if (!asset) return null;
    return (await this.mayRead(asset)) ? asset : null;
  }

  async list(rawInput: unknown) {
    const input = parseInput(mediaListInput, rawInput);
    const scope = await this.siteScope(input.siteId);
    assertCan(this.caller, "article.read", scope);
    return new MediaRepository(this.db).list(
      { ...input, unitId: scope.unitId },
      { offset: input.offset, limit: input.limit },
    );
  }

  async upload(fields: Record<string, string>, name: string, bytes: Buffer): Promise<MediaAssetRow> {
    const input = parseInput(uploadFields, fields);
    const scope = await this.siteScope(input.siteId);
    const caller = this.caller;
    assertCan(caller, "article.write", scope);
    const originalName = cleanName(name);
    const type = await detectType(bytes, originalName);
    let stored: Awaited<ReturnType<typeof storeMedia>>;
    try {
      stored = await storeMedia(bytes, type.kind === "image", extensionOf(originalName));
    } catch (error) {
      if (type.kind === "image") throw new UploadError("UNSUPPORTED_TYPE", "图片已损坏，无法读取");
      throw error;
    }
    const extractedText = type.kind === "file" ? await extractDocumentText(bytes, type.mimeType) : null;
    return this.db.transaction(async (tx) => {
      const repository = new MediaRepository(tx);
      const row = await repository.insert({
        siteId: input.siteId,
        unitId: scope.unitId,
        kind: type.kind,
        originalName,
        mimeType: type.mimeType,
        size: bytes.length,
        visibility: input.visibility,
        createdBy: caller.userId,
        ...stored,
      });
      if (extractedText) await repository.insertText(row.id, extractedText);
      await emitEvent(tx, "content", this.event("media.uploaded", row));
      return row;
    });
  }

  async updateVisibility(id: string, rawVisibility: unknown): Promise<MediaAssetRow> {
    const visibility = parseInput(visibilityInput, rawVisibility);
    await this.require(id, "article.write");
    return this.db.transaction(async (tx) => {
      const row = await new MediaRepository(tx).update(id, { visibility });
      if (!row) throw notFound("资源", id);
      await emitEvent(tx, "content", this.event("media.visibility_changed", row));
      return row;
    });
  }

  async delete(id: string): Promise<MediaAssetRow> {
    const asset = await this.require(id, "article.write");
    return this.db.transaction(async (tx) => {
      const repository = new MediaRepository(tx);
      // Serialise with saves that could start using it: lock the asset row first.
      await repository.lock(id);
      const used = await repository.usage([id]);
      if (used.length)
        throw conflict(`该资源正被 ${used.length} 篇稿件使用，不能删除`, {
          articleIds: used.map((u) => u.articleId),
        });
      await repository.delete(id);
      await emitEvent(tx, "content", this.event("media.deleted", asset));
      return asset;
    });
  }

  private event(type: string, row: MediaAssetRow) {
    return {
      type,
      aggregateType: "media",
      aggregateId: row.id,
      siteId: row.siteId,
      unitId: row.unitId,
      payload: {
        media: {
          id: row.id,
          siteId: row.siteId,
          kind: row.kind,
          name: row.originalName,
          mimeType: row.mimeType,
          size: row.size,
          visibility: row.visibility,
        },
      },
      actor: actorOf(this.caller, this.request),
    };
  }
}
