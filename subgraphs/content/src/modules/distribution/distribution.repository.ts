// The only place with SQL for new-media targets and their deliveries.
import { and, arrayContains, desc, eq, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { siteRef } from "../../db/schema";
import type { Executor } from "../article/article.repository";
import { channels } from "../channel/channel.sql";
import {
  type DeliveryKindValue,
  type DeliveryRow,
  type DeliveryStatusValue,
  type DistributionTargetRow,
  deliveries,
  distributionTargets,
  type NewDeliveryRow,
  type NewDistributionTargetRow,
} from "./distribution.sql";

const OPEN: DeliveryStatusValue[] = ["pending", "retrying"];

export interface AttemptResult {
  ok: boolean;
  responseStatus: number | null;
  error: string | null;
  /** Set when another attempt follows. */
  nextAttemptAt: Date | null;
  /** failed when the round's attempts are used up. */
  status: DeliveryStatusValue;
}

export class DistributionRepository {
  constructor(private readonly db: Executor) {}

  // --- targets -------------------------------------------------------------------------------------------

  async insertTarget(row: NewDistributionTargetRow): Promise<DistributionTargetRow> {
    const [inserted] = await this.db.insert(distributionTargets).values(row).returning();
    if (!inserted) throw new Error("insert returned nothing");
    return inserted;
  }

  async updateTarget(
    id: string,
    changes: Partial<NewDistributionTargetRow>,
  ): Promise<DistributionTargetRow | null> {
    const [row] = await this.db
      .update(distributionTargets)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(distributionTargets.id, id), isNull(distributionTargets.deletedAt)))
      .returning();
    return row ?? null;
  }

  /** Deleted ones included: the delivery log still names them. */
  async targetsByIds(ids: readonly string[]): Promise<DistributionTargetRow[]> {
    return this.db
      .select()
      .from(distributionTargets)
      .where(inArray(distributionTargets.id, [...ids]));
  }

  async targetsBySites(siteIds: readonly string[]): Promise<DistributionTargetRow[]> {
    return this.db
      .select()
      .from(distributionTargets)
      .where(and(inArray(distributionTargets.siteId, [...siteIds]), isNull(distributionTargets.deletedAt)))
      .orderBy(distributionTargets.createdAt);
  }

  /** Enabled, not deleted targets of a site that take this kind of change. */
  async activeTargets(siteId: string, kind: DeliveryKindValue): Promise<DistributionTargetRow[]> {
    return this.db
      .select()
      .from(distributionTargets)
      .where(
        and(
          eq(distributionTargets.siteId, siteId),
          eq(distributionTargets.enabled, true),
          isNull(distributionTargets.deletedAt),
          arrayContains(distributionTargets.events, [kind]),
        ),
      );
  }

  /** Targets that received (or are about to receive) the article: a publish/update delivered or still open. */
  async targetsHolding(articleId: string): Promise<Set<string>> {
    const rows = await this.db
      .select({ targetId: deliveries.targetId })
      .from(deliveries)
      .where(
        and(
          eq(deliveries.articleId, articleId),
          inArray(deliveries.kind, ["publish", "update"]),
          inArray(deliveries.status, ["succeeded", ...OPEN]),
        ),
      );
    return new Set(rows.map((row) => row.targetId));
  }

  /** Site code and the channel of a published revision, for public URLs in payloads. */
  async payloadContext(siteId: string, channelId: string) {
    const [site] = await this.db
      .select({ code: siteRef.code })
      .from(siteRef)
      .where(eq(siteRef.siteId, siteId));
    const [channel] = await this.db
      .select({ id: channels.id, name: channels.name, path: channels.path })
      .from(channels)
      .where(eq(channels.id, channelId));
    return { siteCode: site?.code ?? siteId, channel: channel ?? { id: channelId, name: "", path: "" } };
  }

  // --- deliveries ----------------------------------------------------------------------------------------

  async insertDeliveries(rows: NewDeliveryRow[]): Promise<DeliveryRow[]> {
    if (!rows.length) return [];
    return this.db.insert(deliveries).values(rows).returning();
  }

  /** Open deliveries of these kinds become cancelled (a takedown supersedes an unsent publish). */
  async cancelOpen(where: { articleId?: string; targetId?: string }, reason: string): Promise<void> {
    const conditions: SQL[] = [inArray(deliveries.status, OPEN)];
    if (where.articleId) {
      conditions.push(eq(deliveries.articleId, where.articleId));
      conditions.push(inArray(deliveries.kind, ["publish", "update"]));
    }
    if (where.targetId) conditions.push(eq(deliveries.targetId, where.targetId));
    await this.db
      .update(deliveries)
      .set({
        status: "cancelled",
        lastError: reason,
        nextAttemptAt: new Date(),
        leaseToken: null,
        leaseUntil: null,
      })
      .where(and(...conditions));
  }

  async deliveriesByIds(ids: readonly string[]): Promise<DeliveryRow[]> {
    return this.db
      .select()
      .from(deliveries)
      .where(inArray(deliveries.id, [...ids]));
  }

  async deliveriesByArticles(articleIds: readonly string[]): Promise<DeliveryRow[]> {
    return this.db
      .select()
      .from(deliveries)
      .where(inArray(deliveries.articleId, [...articleIds]))
      .orderBy(desc(deliveries.createdAt), desc(deliveries.id));
  }

  async list(
    where: {
      siteId: string;
      status?: DeliveryStatusValue | null;
      articleId?: string | null;
      targetId?: string | null;
    },
    offset: number,
    limit: number,
  ): Promise<{ items: DeliveryRow[]; total: number }> {
    const conditions: SQL[] = [eq(deliveries.siteId, where.siteId)];
    if (where.status) conditions.push(eq(deliveries.status, where.status));
    if (where.articleId) conditions.push(eq(deliveries.articleId, where.articleId));
    if (where.targetId) conditions.push(eq(deliveries.targetId, where.targetId));
    const rows = await this.db
      .select({ delivery: deliveries, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(deliveries)
      .where(and(...conditions))
      .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
      .offset(offset)
      .limit(limit);
    if (!rows.length && offset > 0) {
      const [count] = await this.db
        .select({ total: sql<number>`count(*)`.mapWith(Number) })
        .from(deliveries)
        .where(and(...conditions));
      return { items: [], total: count?.total ?? 0 };
    }
    return { items: rows.map((row) => row.delivery), total: rows[0]?.total ?? 0 };
  }

  async lockDelivery(id: string): Promise<DeliveryRow | null> {
    const [row] = await this.db.select().from(deliveries).where(eq(deliveries.id, id)).for("update");
    return row ?? null;
  }

  async updateDelivery(id: string, changes: Partial<NewDeliveryRow>): Promise<DeliveryRow | null> {
    const [row] = await this.db.update(deliveries).set(changes).where(eq(deliveries.id, id)).returning();
    return row ?? null;
  }

  /**
   * Takes the lease for attempt number `attempts + 1`. One atomic UPDATE: of two replicas (or a job and the
   * sweep) only one matches, and a stale job whose attempt was already made matches nothing.
   */
  async claim(id: string, attempts: number, token: string, leaseMs: number): Promise<DeliveryRow | null> {
    const [row] = await this.db
      .update(deliveries)
      .set({ leaseToken: token, leaseUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
      .where(
        and(
          eq(deliveries.id, id),
          eq(deliveries.attempts, attempts),
          inArray(deliveries.status, OPEN),
          or(isNull(deliveries.leaseUntil), lte(deliveries.leaseUntil, sql`now()`)),
        ),
      )
      .returning();
    return row ?? null;
  }

  /** Records the attempt made under lease `token`; null when the lease was lost meanwhile. */
  async finishAttempt(
    id: string,
    token: string,
    result: AttemptResult,
    at: Date,
  ): Promise<DeliveryRow | null> {
    const [row] = await this.db
      .update(deliveries)
      .set({
        attempts: sql`${deliveries.attempts} + 1`,
        status: result.status,
        lastResponseStatus: result.responseStatus,
        lastError: result.error,
        lastAttemptAt: at,
        nextAttemptAt: result.nextAttemptAt ?? at,
        ...(result.ok ? { deliveredAt: at } : {}),
        leaseToken: null,
        leaseUntil: null,
      })
      .where(and(eq(deliveries.id, id), eq(deliveries.leaseToken, token)))
      .returning();
    return row ?? null;
  }

  /** Ends a claimed delivery without an attempt (superseded content, deleted target). */
  async closeClaimed(
    id: string,
    token: string,
    status: DeliveryStatusValue,
    error: string,
  ): Promise<DeliveryRow | null> {
    const [row] = await this.db
      .update(deliveries)
      .set({ status, lastError: error, leaseToken: null, leaseUntil: null })
      .where(and(eq(deliveries.id, id), eq(deliveries.leaseToken, token)))
      .returning();
    return row ?? null;
  }

  /** Open deliveries overdue by `graceMs` with no live lease: their job is missing or their sender died. */
  async overdue(graceMs: number, limit: number): Promise<Pick<DeliveryRow, "id" | "attempts">[]> {
    return this.db
      .select({ id: deliveries.id, attempts: deliveries.attempts })
      .from(deliveries)
      .where(
        and(
          inArray(deliveries.status, OPEN),
          lte(deliveries.nextAttemptAt, sql`now() - ${`${graceMs} milliseconds`}::interval`),
          or(isNull(deliveries.leaseUntil), lte(deliveries.leaseUntil, sql`now()`)),
        ),
      )
      .orderBy(deliveries.nextAttemptAt)
      .limit(limit);
  }
}
