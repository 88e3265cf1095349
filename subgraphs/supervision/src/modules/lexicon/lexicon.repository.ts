// The only place with SQL for the lexicon.
import { and, asc, count, eq, ilike, inArray, isNull, notExists, or, type SQL, sql } from "drizzle-orm";
import type { SupervisionDb } from "../../context";
import { siteRef, unitRef } from "../../db/schema";
import {
  type LexiconEntryRow,
  type LexiconExemptionRow,
  lexiconEntries,
  lexiconExemptions,
  lexiconState,
  type NewLexiconEntryRow,
} from "./lexicon.sql";

type Executor = Pick<SupervisionDb, "select" | "insert" | "update" | "delete">;

export interface LexiconListFilter {
  kind?: LexiconEntryRow["kind"];
  level?: LexiconEntryRow["level"];
  scope?: LexiconEntryRow["scope"];
  unitId?: string;
  search?: string;
  enabled?: boolean;
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
    if (filter.enabled !== undefined) conditions.push(eq(lexiconEntries.enabled, filter.enabled));
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

  /** Inserts unless an entry with the same scope, unit, term and kind exists; true when inserted. */
  async insertIfAbsent(row: NewLexiconEntryRow): Promise<boolean> {
    const inserted = await this.db
      .insert(lexiconEntries)
      .values(row)
      .onConflictDoNothing()
      .returning({ id: lexiconEntries.id });
    return inserted.length > 0;
  }

  exemptionsOf(unitId: string): Promise<LexiconExemptionRow[]> {
    return this.db.select().from(lexiconExemptions).where(eq(lexiconExemptions.unitId, unitId));
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

export class LexiconVersionRepository {
  constructor(private readonly db: Executor) {}

  /** Bumps the version (creating the row on first use); the row lock orders concurrent changes. */
  async bump(): Promise<number> {
    const [row] = await this.db
      .insert(lexiconState)
      .values({ id: 1, version: 1 })
      .onConflictDoUpdate({
        target: lexiconState.id,
        set: { version: sql`${lexiconState.version} + 1`, updatedAt: new Date() },
      })
      .returning({ version: lexiconState.version });
    if (!row) throw new Error("lexicon version bump returned nothing");
    return row.version;
  }

  async current(): Promise<{ version: number; starterSeededAt: number | null }> {
    const [row] = await this.db.select().from(lexiconState).where(eq(lexiconState.id, 1));
    return { version: row?.version ?? 0, starterSeededAt: row?.starterSeededAt ?? null };
  }

  async markStarterSeeded(version: number): Promise<void> {
    await this.db.update(lexiconState).set({ starterSeededAt: version }).where(eq(lexiconState.id, 1));
  }
}

/** Everything a snapshot needs: enabled entries (city and unit) and every exemption. */
export class LexiconSnapshotRepository {
  constructor(private readonly db: Executor) {}

  enabledEntries(): Promise<LexiconEntryRow[]> {
    return this.db
      .select()
      .from(lexiconEntries)
      .where(eq(lexiconEntries.enabled, true))
      .orderBy(asc(lexiconEntries.id));
  }

  exemptions(): Promise<LexiconExemptionRow[]> {
    return this.db.select().from(lexiconExemptions);
  }

  /** Entries of one scope (city: unitId null) for import matching and export. */
  ofScope(unitId: string | null): Promise<LexiconEntryRow[]> {
    return this.db
      .select()
      .from(lexiconEntries)
      .where(unitId ? eq(lexiconEntries.unitId, unitId) : isNull(lexiconEntries.unitId))
      .orderBy(asc(lexiconEntries.kind), asc(lexiconEntries.term));
  }

  /** Enabled city block-level entries with these terms (the entries a unit may not weaken). */
  cityBlocksByTerms(terms: readonly string[]): Promise<LexiconEntryRow[]> {
    if (terms.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(lexiconEntries)
      .where(
        and(
          eq(lexiconEntries.scope, "city"),
          eq(lexiconEntries.level, "block"),
          eq(lexiconEntries.enabled, true),
          inArray(lexiconEntries.term, [...terms]),
        ),
      );
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
