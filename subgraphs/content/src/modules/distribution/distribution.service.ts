// New-media distribution: who may manage targets and read their secrets, the delivery log, and re-sends.
import {
  actorOf,
  assertCan,
  type Caller,
  can,
  conflict,
  type DirectoryLoaders,
  emitEvent,
  forbidden,
  isUuid,
  notFound,
  parseInput,
  type RequestInfo,
  type Scope,
  type StaffCaller,
} from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { ArticleRepository } from "../article/article.repository";
import { deliveryEvent, targetEvent } from "./distribution.events";
import type { DistributionLoaders } from "./distribution.loaders";
import { enqueueDeliveries } from "./distribution.queue";
import { DistributionRepository } from "./distribution.repository";
import { newSecret } from "./distribution.signing";
import type { DeliveryRow, DistributionTargetRow } from "./distribution.sql";
import { createTargetInput, deliveryListInput, updateTargetInput } from "./distribution.validation";

export class DistributionService {
  constructor(
    private readonly db: ContentDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: DistributionLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  private async siteScope(siteId: string): Promise<Scope & { kind: "site" }> {
    const scope = isUuid(siteId) ? await this.directory.siteScope(siteId) : null;
    if (scope?.kind !== "site") throw notFound("站点", siteId);
    return scope;
  }

  /** Targets and the delivery log: readers of the site's articles and distribution managers. */
  private mayRead(scope: Scope): boolean {
    return can(this.caller, "article.read", scope) || can(this.caller, "distribution.manage", scope);
  }

  private async requireTarget(id: string): Promise<DistributionTargetRow> {
    const target = isUuid(id) ? await this.loaders.distributionTargetById.load(id) : null;
    if (!target || target.deletedAt) throw notFound("分发目标", id);
    assertCan(this.caller, "distribution.manage", await this.siteScope(target.siteId));
    return target;
  }

  async targetsOfSite(siteId: string): Promise<DistributionTargetRow[]> {
    const scope = await this.directory.siteScope(siteId);
    if (scope?.kind !== "site" || !this.mayRead(scope)) throw forbidden("没有查看新媒体分发的权限");
    return this.loaders.distributionTargetsBySite.load(siteId);
  }

  async target(id: string): Promise<DistributionTargetRow | null> {
    const target = isUuid(id) ? await this.loaders.distributionTargetById.load(id) : null;
    if (!target) return null;
    const scope = await this.directory.siteScope(target.siteId);
    return scope && this.mayRead(scope) ? target : null;
  }

  /** The signing key: only for distribution.manage holders of the target's site. */
  async secret(target: DistributionTargetRow): Promise<string> {
    const scope = await this.directory.siteScope(target.siteId);
    if (!scope || !can(this.caller, "distribution.manage", scope)) throw forbidden("没有查看签名密钥的权限");
    return target.secret;
  }

  async createTarget(rawInput: unknown): Promise<DistributionTargetRow> {
    const input = parseInput(createTargetInput, rawInput);
    const scope = await this.siteScope(input.siteId);
    assertCan(this.caller, "distribution.manage", scope);
    const caller = this.caller as StaffCaller;
    return this.db.transaction(async (tx) => {
      const row = await new DistributionRepository(tx).insertTarget({
        ...input,
        unitId: scope.unitId,
        secret: newSecret(),
        createdBy: caller.userId,
      });
      await emitEvent(tx, "content", targetEvent("distribution.target_created", row, this.actor()));
      return row;
    });
  }

  async updateTarget(id: string, rawInput: unknown): Promise<DistributionTargetRow> {
    const input = parseInput(updateTargetInput, rawInput);
    await this.requireTarget(id);
    return this.db.transaction(async (tx) => {
      const row = await new DistributionRepository(tx).updateTarget(id, input);
      if (!row) throw notFound("分发目标", id);
      await emitEvent(
        tx,
        "content",
        targetEvent("distribution.target_updated", row, this.actor(), { changed: Object.keys(input) }),
      );
      return row;
    });
  }

  async rotateSecret(id: string): Promise<DistributionTargetRow> {
    await this.requireTarget(id);
    return this.db.transaction(async (tx) => {
      const row = await new DistributionRepository(tx).updateTarget(id, { secret: newSecret() });
      if (!row) throw notFound("分发目标", id);
      await emitEvent(
        tx,
        "content",
        targetEvent("distribution.target_updated", row, this.actor(), {
          changed: ["secret"],
          secretRotated: true,
        }),
      );
      return row;
    });
  }

  /** Soft delete: the delivery log keeps naming the target; its unsent deliveries are cancelled. */
  async deleteTarget(id: string): Promise<DistributionTargetRow> {
    await this.requireTarget(id);
    return this.db.transaction(async (tx) => {
      const repository = new DistributionRepository(tx);
      const row = await repository.updateTarget(id, { deletedAt: new Date(), enabled: false });
      if (!row) throw notFound("分发目标", id);
      await repository.cancelOpen({ targetId: id }, "分发目标已删除");
      await emitEvent(tx, "content", targetEvent("distribution.target_deleted", row, this.actor()));
      return row;
    });
  }

  async deliveries(rawInput: unknown): Promise<{ items: DeliveryRow[]; total: number }> {
    const input = parseInput(deliveryListInput, rawInput);
    const scope = await this.siteScope(input.siteId);
    if (!this.mayRead(scope)) throw forbidden("没有查看分发记录的权限");
    return new DistributionRepository(this.db).list(input, input.offset, input.limit);
  }

  async articleDeliveries(article: { id: string; siteId: string }): Promise<DeliveryRow[]> {
    const scope = await this.directory.siteScope(article.siteId);
    if (!scope || !this.mayRead(scope)) return [];
    return this.loaders.deliveriesByArticle.load(article.id);
  }

  /**
   * 重新推送: a failed or succeeded delivery gets a new round of attempts with the same bytes. A publish or
   * update is refused once its revision is no longer the live one (it would bring back stale content).
   */
  async resend(id: string): Promise<DeliveryRow> {
    const found = isUuid(id) ? await this.loaders.deliveryById.load(id) : null;
    if (!found) throw notFound("分发记录", id);
    const scope = await this.siteScope(found.siteId);
    if (!can(this.caller, "distribution.manage", scope) && !can(this.caller, "article.publish", scope))
      throw forbidden("没有重新推送的权限");
    return this.db.transaction(async (tx) => {
      const repository = new DistributionRepository(tx);
      // Article first, then delivery: the same lock order as publishing (which cancels deliveries).
      const article = await new ArticleRepository(tx).lock(found.articleId);
      const delivery = await repository.lockDelivery(id);
      if (!delivery) throw notFound("分发记录", id);
      if (delivery.status !== "failed" && delivery.status !== "succeeded")
        throw conflict("只有失败或已成功的推送可以重新推送", { reason: "INVALID_STATE" });
      const [target] = await repository.targetsByIds([delivery.targetId]);
      if (!target || target.deletedAt || !target.enabled)
        throw conflict("分发目标已删除或已停用", { reason: "TARGET_UNAVAILABLE" });
      if (delivery.kind !== "retract") {
        const live = article && !article.deletedAt && article.status !== "withdrawn";
        if (!live || article.publishedRevisionId !== delivery.revisionId)
          throw conflict("稿件已更新或已撤稿，不能重新推送旧内容", { reason: "STALE_CONTENT" });
      }
      const row = await repository.updateDelivery(id, {
        status: "pending",
        roundStart: delivery.attempts,
        nextAttemptAt: new Date(),
        lastError: null,
      });
      if (!row) throw notFound("分发记录", id);
      await enqueueDeliveries(tx, [{ deliveryId: row.id, attempts: row.attempts }]);
      await emitEvent(tx, "content", deliveryEvent("delivery.resent", row, this.actor()));
      return row;
    });
  }

  private actor() {
    return actorOf(this.caller, this.request);
  }
}
