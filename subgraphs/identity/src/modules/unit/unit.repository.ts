// The only place with SQL for units.
import { isUuid } from "@jiyue/server-kit";
import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/executor";
import { type NewUnitRow, type UnitRow, units } from "./unit.sql";

export interface UnitListFilter {
  parentId?: string | null;
  rootsOnly?: boolean | null;
  level?: UnitRow["level"] | null;
  kind?: UnitRow["kind"] | null;
  search?: string | null;
}

export class UnitRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<UnitRow[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db.select().from(units).where(inArray(units.id, valid));
  }

  childrenOf(parentIds: readonly string[]): Promise<UnitRow[]> {
    const valid = parentIds.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(units)
      .where(inArray(units.parentId, valid))
      .orderBy(asc(units.sortOrder), asc(units.name));
  }

  list(filter: UnitListFilter): Promise<UnitRow[]> {
    const conditions: SQL[] = [];
    if (filter.parentId) conditions.push(eq(units.parentId, filter.parentId));
    if (filter.rootsOnly) conditions.push(isNull(units.parentId));
    if (filter.level) conditions.push(eq(units.level, filter.level));
    if (filter.kind) conditions.push(eq(units.kind, filter.kind));
    if (filter.search) {
      const pattern = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const match = or(
        ilike(units.name, pattern),
        ilike(units.shortName, pattern),
        ilike(units.code, pattern),
      );
      if (match) conditions.push(match);
    }
    return this.db
      .select()
      .from(units)
      .where(and(...conditions))
      .orderBy(asc(units.level), asc(units.sortOrder), asc(units.name));
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(units);
    return row?.n ?? 0;
  }

  async insert(values: NewUnitRow): Promise<UnitRow> {
    const [row] = await this.db.insert(units).values(values).returning();
    if (!row) throw new Error("unit insert returned nothing");
    return row;
  }

  async update(id: string, changes: Partial<NewUnitRow>): Promise<UnitRow | undefined> {
    const [row] = await this.db
      .update(units)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(units.id, id))
      .returning();
    return row;
  }
}
