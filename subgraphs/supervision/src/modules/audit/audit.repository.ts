// The only place with SQL for the audit trail. Rows are only ever inserted.
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { SupervisionDb } from "../../context";
import { type AuditLogRow, auditLog, type NewAuditLogRow } from "./audit.sql";

type Executor = Pick<SupervisionDb, "select" | "insert">;

export interface AuditFilter {
  type?: string;
  actorId?: string;
  siteId?: string;
  unitId?: string;
  from?: Date;
  to?: Date;
}

export class AuditRepository {
  constructor(private readonly db: Executor) {}

  /** Appends an event once: a redelivered event (same event id) is ignored. */
  async append(row: NewAuditLogRow): Promise<void> {
    await this.db.insert(auditLog).values(row).onConflictDoNothing({ target: auditLog.eventId });
  }

  async list(
    filter: AuditFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: AuditLogRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (filter.type) conditions.push(eq(auditLog.type, filter.type));
    if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
    if (filter.siteId) conditions.push(eq(auditLog.siteId, filter.siteId));
    if (filter.unitId) conditions.push(eq(auditLog.unitId, filter.unitId));
    if (filter.from) conditions.push(gte(auditLog.occurredAt, filter.from));
    if (filter.to) conditions.push(lt(auditLog.occurredAt, filter.to));
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const [items, totals] = await Promise.all([
      this.db
        .select()
        .from(auditLog)
        .where(where)
        .orderBy(desc(auditLog.occurredAt), desc(auditLog.recordedAt), desc(auditLog.id))
        .offset(offset)
        .limit(limit),
      this.db.select({ total: count() }).from(auditLog).where(where),
    ]);
    return { items, total: totals[0]?.total ?? 0 };
  }
}
