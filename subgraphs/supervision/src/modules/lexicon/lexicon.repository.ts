// The only place with SQL for the lexicon.
import { and, asc, count, eq, ilike, inArray, notExists, or, type SQL } from "drizzle-orm";
import type { SupervisionDb } from "../../context";
import { siteRef, unitRef } from "../../db/schema";
import {
  type LexiconEntryRow,
  type LexiconExemptionRow,
  lexiconEntries,
  lexiconExemptions,
  type NewLexiconEntryRow,
} from "./lexicon.sql";

type Executor = Pick<SupervisionDb, "select" | "insert" | "update" | "delete">;

export interface LexiconListFilter {
  kind?: LexiconEntryRow["kind"];
  level?: LexiconEntryRow["level"];
  scope?: LexiconEntryRow["scope"];
  unitId?: string;
  search?: string;
  /** null = every entry; otherwise city entries plus these units' own. */
  visibleUnitIds: string[] | null;
}

export class LexiconRepository {
  constructor(private readonly db: Executor) {}

  byIds(ids: readonly string[]): Promise<LexiconEntryRow[]> {
    return this.db
      .select()
      .from(lexiconEntries)
      .where(inArray(lexiconEntries.id, [...ids]));
  }

  /**
   * Entries in force for each of many sites: city entries the site's unit has not exempted, plus the unit's
   * own entries. The site's unit comes from the directory projection.
   */
  async inForceForSites(siteIds: readonly string[]): Promise<(LexiconEntryRow & { forSiteId: string })[]> {
    const exempted = this.db
      .select({ entryId: lexiconExemptions.entryId })
      .from(lexiconExemptions)
      .where(
        and(eq(lexiconExemptions.unitId, siteRef.unitId), eq(lexiconExemptions.entryId, lexiconEntries.id)),
      );
    const rows = await this.db
      .select({ entry: lexiconEntries, forSiteId: siteRef.siteId })
      .from(siteRef)
      .innerJoin(
        lexiconEntries,
        or(
          and(eq(lexiconEntries.scope, "city"), notExists(exempted)),
          and(eq(lexiconEntries.scope, "unit"), eq(lexiconEntries.unitId, siteRef.unitId)),
        ),
      )
      .where(inArray(siteRef.siteId, [...siteIds]))
      .orderBy(asc(lexiconEntries.kind), asc(lexiconEntries.term));
    return rows.map((row) => ({ ...row.entry, forSiteId: row.forSiteId }));
  }

  async list(
    filter: LexiconListFilter,
    offset: number,
    limit: number,
  ): Promise<{ items: LexiconEntryRow[]; total: number }> {
    const conditions: SQL[] = [];
    if (filter.visibleUnitIds) {
      const visible =
        filter.visibleUnitIds.length > 0
          ? or(eq(lexiconEntries.scope, "city"), inArray(lexiconEntries.unitId, filter.visibleUnitIds))
          : eq(lexiconEntries.scope, "city");
      if (visible) conditions.push(visible);
    }
    if (filter.kind) conditions.push(eq(lexiconEntries.kind, filter.kind));
    if (filter.level) conditions.push(eq(lexiconEntries.level, filter.level));
    if (filter.scope) conditions.push(eq(lexiconEntries.scope, filter.scope));
    if (filter.unitId) conditions.push(eq(lexiconEntries.unitId, filter.unitId));
    if (filter.search) conditions.push(ilike(lexiconEntries.term, `%${escapeLike(filter.search)}%`));
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const [items, totals] = await Promise.all([
      this.db
        .select()
        .from(lexiconEntries)
        .where(where)
        .orderBy(
          asc(lexiconEntries.scope),
          asc(lexiconEntries.kind),
          asc(lexiconEntries.term),
          asc(lexiconEntries.id),
        )
        .offset(offset)
        .limit(limit),
      this.db.select({ total: count() }).from(lexiconEntries).where(where),
    ]);
    return { items, total: totals[0]?.total ?? 0 };
  }

  unitsExist(unitIds: readonly string[]): Promise<{ unitId: string }[]> {
    return this.db
      .select({ unitId: unitRef.unitId })
      .from(unitRef)
      .where(inArray(unitRef.unitId, [...unitIds]));
  }

  async insert(row: NewLexiconEntryRow): Promise<LexiconEntryRow> {
    const [inserted] = await this.db.insert(lexiconEntries).values(row).returning();
    if (!inserted) throw new Error("lexicon insert returned nothing");
    return inserted;
  }

  async update(id: string, changes: Partial<NewLexiconEntryRow>): Promise<LexiconEntryRow | undefined> {
    const [row] = await this.db
      .update(lexiconEntries)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(lexiconEntries.id, id))
      .returning();
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(lexiconEntries).where(eq(lexiconEntries.id, id));
  }

  async insertExemption(row: {
    unitId: string;
    entryId: string;
    reason: string;
  }): Promise<LexiconExemptionRow> {
    const [inserted] = await this.db.insert(lexiconExemptions).values(row).returning();
    if (!inserted) throw new Error("exemption insert returned nothing");
    return inserted;
  }

  async deleteExemption(unitId: string, entryId: string): Promise<boolean> {
    const deleted = await this.db
      .delete(lexiconExemptions)
      .where(and(eq(lexiconExemptions.unitId, unitId), eq(lexiconExemptions.entryId, entryId)))
      .returning({ entryId: lexiconExemptions.entryId });
    return deleted.length > 0;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
