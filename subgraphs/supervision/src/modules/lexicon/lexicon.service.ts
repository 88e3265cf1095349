// The lexicon: who may read it (lexicon.read), who may change it (lexicon.manage city-wide for city entries, in
// the unit for the unit's own entries and exemptions), what is in force for a site, and lexicon.changed events.
import {
  actorOf,
  assertCan,
  badInput,
  type Caller,
  CITY,
  type DirectoryLoaders,
  emitEvent,
  forbidden,
  notFound,
  parseInput,
  type RequestInfo,
  requireStaff,
  type Scope,
  visibleScope,
} from "@jiyue/server-kit";
import type { SupervisionDb } from "../../context";
import type { LexiconLoaders } from "./lexicon.loaders";
import { LexiconRepository } from "./lexicon.repository";
import type { LexiconEntryRow, LexiconExemptionRow } from "./lexicon.sql";
import {
  createLexiconEntryInput,
  exemptionInput,
  exemptionKey,
  lexiconFilterInput,
  lexiconKind,
  lexiconLevel,
  pageInput,
  updateLexiconEntryInput,
} from "./lexicon.validation";

type LexiconChange = "created" | "updated" | "deleted" | "exempted" | "exemption_removed";

export class LexiconService {
  constructor(
    private readonly db: SupervisionDb,
    private readonly caller: Caller,
    private readonly request: RequestInfo,
    private readonly loaders: LexiconLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  /** Entries in force for a site (city entries minus its unit's exemptions, plus the unit's own). */
  async inForceForSite(
    siteId: string,
    kind?: string | null,
    level?: string | null,
  ): Promise<LexiconEntryRow[]> {
    const wantedKind = kind ? parseInput(lexiconKind, kind) : undefined;
    const wantedLevel = level ? parseInput(lexiconLevel, level) : undefined;
    const scope = await this.directory.siteScope(siteId);
    if (!scope) {
      requireStaff(this.caller);
      return [];
    }
    assertCan(this.caller, "lexicon.read", scope);
    // One query for all sites of the request; the optional filters are applied here, per site.
    const entries = await this.loaders.lexiconInForceBySite.load(siteId);
    return entries.filter(
      (entry) => (!wantedKind || entry.kind === wantedKind) && (!wantedLevel || entry.level === wantedLevel),
    );
  }

  async list(rawFilter: unknown, rawPage: { offset?: number | null; limit?: number | null }) {
    const filter = parseInput(lexiconFilterInput, rawFilter) ?? {};
    const page = parseInput(pageInput, {
      offset: rawPage.offset ?? undefined,
      limit: rawPage.limit ?? undefined,
    });
    const visibleUnitIds = await this.readableUnitIds();
    return new LexiconRepository(this.db).list(
      {
        kind: filter.kind ?? undefined,
        level: filter.level ?? undefined,
        scope: filter.scope ?? undefined,
        unitId: filter.unitId ?? undefined,
        search: filter.search || undefined,
        visibleUnitIds,
      },
      page.offset,
      page.limit,
    );
  }

  async byId(id: string): Promise<LexiconEntryRow | null> {
    const readable = await this.readableUnitIds();
    const row = await this.loaders.lexiconEntryById.load(id);
    if (!row) return null;
    if (row.unitId && readable && !readable.includes(row.unitId)) throw forbidden();
    return row;
  }

  async create(rawInput: unknown): Promise<LexiconEntryRow> {
    const input = parseInput(createLexiconEntryInput, rawInput);
    const scope = await this.manageScope(input.scope === "unit" ? (input.unitId ?? null) : null);
    assertCan(this.caller, "lexicon.manage", scope);
    return this.db.transaction(async (tx) => {
      const row = await new LexiconRepository(tx).insert({
        term: input.term,
        kind: input.kind,
        level: input.level,
        suggestion: input.suggestion ?? null,
        scope: input.scope,
        unitId: input.scope === "unit" ? (input.unitId ?? null) : null,
        note: input.note ?? null,
      });
      await emitEvent(tx, "supervision", this.changed("created", row, row.unitId));
      return row;
    });
  }

  async update(id: string, rawInput: unknown): Promise<LexiconEntryRow> {
    const input = parseInput(updateLexiconEntryInput, rawInput);
    await this.requireManageable(id);
    return this.db.transaction(async (tx) => {
      const row = await new LexiconRepository(tx).update(id, {
        term: input.term,
        kind: input.kind,
        level: input.level,
        suggestion: input.suggestion,
        note: input.note,
      });
      if (!row) throw notFound("词条", id);
      await emitEvent(tx, "supervision", this.changed("updated", row, row.unitId));
      return row;
    });
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.requireManageable(id);
    await this.db.transaction(async (tx) => {
      await new LexiconRepository(tx).delete(id);
      await emitEvent(tx, "supervision", this.changed("deleted", existing, existing.unitId));
    });
    return true;
  }

  async exempt(rawInput: unknown): Promise<LexiconExemptionRow> {
    const input = parseInput(exemptionInput, rawInput);
    const scope = await this.manageScope(input.unitId);
    assertCan(this.caller, "lexicon.manage", scope);
    const entry = await this.loaders.lexiconEntryById.load(input.entryId);
    if (!entry) throw notFound("词条", input.entryId);
    if (entry.scope !== "city") throw badInput("只能豁免市级词条", { fields: [{ path: "entryId" }] });
    return this.db.transaction(async (tx) => {
      const row = await new LexiconRepository(tx).insertExemption(input);
      await emitEvent(
        tx,
        "supervision",
        this.changed("exempted", entry, input.unitId, { reason: input.reason }),
      );
      return row;
    });
  }

  async removeExemption(rawInput: unknown): Promise<boolean> {
    const input = parseInput(exemptionKey, rawInput);
    const scope = await this.manageScope(input.unitId);
    assertCan(this.caller, "lexicon.manage", scope);
    const entry = await this.loaders.lexiconEntryById.load(input.entryId);
    if (!entry) throw notFound("词条", input.entryId);
    await this.db.transaction(async (tx) => {
      if (!(await new LexiconRepository(tx).deleteExemption(input.unitId, input.entryId)))
        throw notFound("豁免");
      await emitEvent(tx, "supervision", this.changed("exemption_removed", entry, input.unitId));
    });
    return true;
  }

  /**
   * Units whose own entries the caller may read (null = all); city entries are readable by anyone holding
   * lexicon.read somewhere. A site grant reads its site's unit's entries.
   */
  private async readableUnitIds(): Promise<string[] | null> {
    const visible = visibleScope(requireStaff(this.caller), "lexicon.read");
    if (visible.all) return null;
    if (visible.unitIds.length === 0 && visible.siteIds.length === 0) throw forbidden();
    const sites = await this.directory.siteRef.loadMany(visible.siteIds);
    const siteUnits = sites.flatMap((site) => (site && !(site instanceof Error) ? [site.unitId] : []));
    return [...new Set([...visible.unitIds, ...siteUnits])];
  }

  private async requireManageable(id: string): Promise<LexiconEntryRow> {
    const existing = await this.loaders.lexiconEntryById.load(id);
    if (!existing) throw notFound("词条", id);
    assertCan(
      this.caller,
      "lexicon.manage",
      existing.unitId ? { kind: "unit", unitId: existing.unitId } : CITY,
    );
    return existing;
  }

  /** City scope for city entries; the unit's scope (the unit must be known) for a unit's entries. */
  private async manageScope(unitId: string | null): Promise<Scope> {
    if (!unitId) return CITY;
    if (!(await this.loaders.unitExists.load(unitId))) throw notFound("单位", unitId);
    return { kind: "unit", unitId };
  }

  private changed(
    change: LexiconChange,
    entry: LexiconEntryRow,
    unitId: string | null,
    extra: Record<string, unknown> = {},
  ) {
    return {
      type: "lexicon.changed",
      aggregateType: "lexicon_entry",
      aggregateId: entry.id,
      unitId,
      payload: {
        change,
        entryId: entry.id,
        scope: entry.scope,
        unitId,
        entry: {
          id: entry.id,
          term: entry.term,
          kind: entry.kind,
          level: entry.level,
          suggestion: entry.suggestion,
        },
        ...extra,
      },
      actor: actorOf(this.caller, this.request),
    };
  }
}
