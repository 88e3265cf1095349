// The lexicon: who may read it (lexicon.read), who may change it (lexicon.manage city-wide for city entries, in
// the unit for the unit's own entries and exemptions), the rule that no unit weakens a city block-level entry,
// what is in force for a site, imports/exports, and the version bumped with every change (lexicon.changed and
// lexicon.version_published events in the same transaction).
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
import { TransactionRollbackError } from "drizzle-orm";
import type { SupervisionDb } from "../../context";
import {
  type FileFormat,
  type ParsedEntry,
  readEntriesFile,
  validateRow,
  writeEntriesFile,
} from "./lexicon.io";
import type { LexiconLoaders } from "./lexicon.loaders";
import { LexiconRepository, LexiconSnapshotRepository, LexiconVersionRepository } from "./lexicon.repository";
import type { LexiconEntryRow, LexiconExemptionRow } from "./lexicon.sql";
import { SEED_ENTRY_FIXES, STARTER_ENTRIES, STARTER_REPLACED } from "./lexicon.starter";
import {
  createLexiconEntryInput,
  exemptionInput,
  exemptionKey,
  exportInput,
  importInput,
  kindProblems,
  lexiconFilterInput,
  lexiconKind,
  lexiconLevel,
  pageInput,
  updateLexiconEntryInput,
} from "./lexicon.validation";

type LexiconChange = "created" | "updated" | "deleted" | "exempted" | "exemption_removed" | "imported";
type Tx = Parameters<Parameters<SupervisionDb["transaction"]>[0]>[0];

export const WEAKEN_CITY_BLOCK =
  "市级“阻断”级词条不能被单位豁免或降级；如确需调整，请联系市级词库管理员修改该市级词条";

/** What an import would do (dry run) or did (applied). */
export interface ImportPlanRow {
  line: number;
  term: string;
  kind: string | null;
  action: "add" | "update" | "unchanged" | "reject";
  reasons: string[];
  /** For updates: the fields that change. */
  changes: string[];
}
export interface ImportResult {
  dryRun: boolean;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rows: ImportPlanRow[];
  /** The lexicon version after applying (the current one for a dry run). */
  version: number;
}

/** The compiled-input snapshot content and interaction embed: everything enabled, with exemptions. */
export interface LexiconSnapshot {
  version: number;
  entries: {
    id: string;
    term: string;
    kind: LexiconEntryRow["kind"];
    level: LexiconEntryRow["level"];
    suggestion: string | null;
    note: string | null;
    source: string | null;
    unitId: string | null;
    titles: string[];
    category: string | null;
  }[];
  exemptions: { unitId: string; entryId: string }[];
}

const versionEvent = (version: number, actor: ReturnType<typeof actorOf>, unitId: string | null) => ({
  type: "lexicon.version_published",
  aggregateType: "lexicon",
  aggregateId: "lexicon",
  unitId,
  payload: { version },
  actor,
});

/** Bumps the version and announces it, inside the change's transaction. */
export async function publishVersion(
  tx: Tx,
  actor: ReturnType<typeof actorOf>,
  unitId: string | null,
): Promise<number> {
  const version = await new LexiconVersionRepository(tx).bump();
  await emitEvent(tx, "supervision", versionEvent(version, actor, unitId));
  return version;
}

export async function lexiconSnapshot(db: SupervisionDb): Promise<LexiconSnapshot> {
  // One read-only transaction so the version and the rows belong together.
  return db.transaction(
    async (tx) => {
      const { version } = await new LexiconVersionRepository(tx).current();
      const snapshots = new LexiconSnapshotRepository(tx);
      const [entries, exemptions] = await Promise.all([snapshots.enabledEntries(), snapshots.exemptions()]);
      return {
        version,
        entries: entries.map((e) => ({
          id: e.id,
          term: e.term,
          kind: e.kind,
          level: e.level,
          suggestion: e.suggestion,
          note: e.note,
          source: e.source,
          unitId: e.unitId,
          titles: e.titles,
          category: e.category,
        })),
        exemptions: exemptions.map((x) => ({ unitId: x.unitId, entryId: x.entryId })),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** Loads the curated starter set once (a new city); later starts find it marked and do nothing. */
export async function seedStarterLexicon(db: SupervisionDb): Promise<void> {
  await db
    .transaction(async (tx) => {
      const versions = new LexiconVersionRepository(tx);
      // The bump locks the state row, so concurrent first starts seed once; a seeded lexicon rolls back.
      const version = await versions.bump();
      if ((await versions.current()).starterSeededAt !== null) return tx.rollback();
      const repository = new LexiconRepository(tx);
      let added = 0;
      for (const entry of STARTER_ENTRIES) {
        if (await repository.insertIfAbsent({ ...entry, scope: "city", unitId: null })) added++;
      }
      await versions.markStarterSeeded(version);
      const actor = { kind: "system" as const, id: null, name: "词库初始化" };
      await emitEvent(tx, "supervision", {
        type: "lexicon.changed",
        aggregateType: "lexicon",
        aggregateId: "lexicon",
        unitId: null,
        payload: { change: "imported", scope: "city", unitId: null, source: "starter", added },
        actor,
      });
      await emitEvent(tx, "supervision", versionEvent(version, actor, null));
    })
    .catch((error: unknown) => {
      if (!(error instanceof TransactionRollbackError)) throw error;
    });
}

/**
 * Gives the entries migration 0002 seeded without a source their source and level (SEED_ENTRY_FIXES), and
 * corrects starter rules still in their first wording (STARTER_REPLACED), once: only rows still without a
 * source or with the old text change, with one version bump when any did.
 */
export async function repairSeedEntries(db: SupervisionDb): Promise<number> {
  return db.transaction(async (tx) => {
    const city = await new LexiconSnapshotRepository(tx).ofScope(null);
    const repository = new LexiconRepository(tx);
    let fixed = 0;
    for (const fix of SEED_ENTRY_FIXES) {
      const row = city.find((entry) => entry.term === fix.term && entry.kind === fix.kind && !entry.source);
      if (!row) continue;
      await repository.update(row.id, { level: fix.level, source: fix.source });
      fixed++;
    }
    // Starter rules a later version corrected: replaced only while the row still has the old text (an
    // administrator's own edit is kept).
    for (const [kind, from, to] of STARTER_REPLACED) {
      const row = city.find((entry) => entry.term === from && entry.kind === kind);
      if (!row || city.some((entry) => entry.term === to && entry.kind === kind)) continue;
      await repository.update(row.id, { term: to });
      fixed++;
    }
    if (fixed === 0) return 0;
    const actor = { kind: "system" as const, id: null, name: "词库初始化" };
    await emitEvent(tx, "supervision", {
      type: "lexicon.changed",
      aggregateType: "lexicon",
      aggregateId: "lexicon",
      unitId: null,
      payload: { change: "updated", scope: "city", unitId: null, source: "seed-fixes", updated: fixed },
      actor,
    });
    await publishVersion(tx, actor, null);
    return fixed;
  });
}

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
        enabled: filter.enabled ?? undefined,
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
    const unitId = input.scope === "unit" ? (input.unitId ?? null) : null;
    const scope = await this.manageScope(unitId);
    assertCan(this.caller, "lexicon.manage", scope);
    return this.db.transaction(async (tx) => {
      if (unitId)
        await this.refuseWeakening(tx, [{ term: input.term, kind: input.kind, level: input.level }]);
      const row = await new LexiconRepository(tx).insert({
        term: input.term,
        kind: input.kind,
        level: input.level,
        suggestion: input.suggestion ?? null,
        scope: input.scope,
        unitId,
        note: input.note ?? null,
        source: input.source ?? null,
        enabled: input.enabled ?? true,
        titles: input.titles ?? [],
        category: input.category ?? null,
      });
      await emitEvent(tx, "supervision", this.changed("created", row, row.unitId));
      await publishVersion(tx, this.actor(), row.unitId);
      return row;
    });
  }

  async update(id: string, rawInput: unknown): Promise<LexiconEntryRow> {
    const input = parseInput(updateLexiconEntryInput, rawInput);
    const existing = await this.requireManageable(id);
    const merged = {
      term: input.term ?? existing.term,
      kind: input.kind ?? existing.kind,
      titles: input.titles === undefined ? existing.titles : (input.titles ?? []),
      category: input.category === undefined ? existing.category : input.category,
    };
    const problems = kindProblems(merged);
    if (problems.length > 0)
      throw badInput(problems.map((p) => p.message).join("；"), {
        fields: problems.map((p) => ({ path: p.path, message: p.message })),
      });
    return this.db.transaction(async (tx) => {
      if (existing.unitId)
        await this.refuseWeakening(tx, [
          { term: merged.term, kind: merged.kind, level: input.level ?? existing.level },
        ]);
      const row = await new LexiconRepository(tx).update(id, {
        term: input.term,
        kind: input.kind,
        level: input.level,
        suggestion: input.suggestion,
        note: input.note,
        source: input.source,
        enabled: input.enabled ?? undefined,
        titles: input.titles === undefined ? undefined : (input.titles ?? []),
        category: input.category,
      });
      if (!row) throw notFound("词条", id);
      await emitEvent(tx, "supervision", this.changed("updated", row, row.unitId));
      await publishVersion(tx, this.actor(), row.unitId);
      return row;
    });
  }

  async delete(id: string): Promise<boolean> {
    const existing = await this.requireManageable(id);
    await this.db.transaction(async (tx) => {
      await new LexiconRepository(tx).delete(id);
      await emitEvent(tx, "supervision", this.changed("deleted", existing, existing.unitId));
      await publishVersion(tx, this.actor(), existing.unitId);
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
    if (entry.level === "block") throw forbidden(WEAKEN_CITY_BLOCK);
    return this.db.transaction(async (tx) => {
      const row = await new LexiconRepository(tx).insertExemption(input);
      await emitEvent(
        tx,
        "supervision",
        this.changed("exempted", entry, input.unitId, { reason: input.reason }),
      );
      await publishVersion(tx, this.actor(), input.unitId);
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
      await publishVersion(tx, this.actor(), input.unitId);
    });
    return true;
  }

  async currentVersion(): Promise<number> {
    requireStaff(this.caller);
    return (await new LexiconVersionRepository(this.db).current()).version;
  }

  /** The exemptions of a unit (lexicon.read in the unit). */
  async exemptionsOf(unitId: string): Promise<LexiconExemptionRow[]> {
    const scope = await this.manageScope(unitId);
    assertCan(this.caller, "lexicon.read", scope);
    return new LexiconRepository(this.db).exemptionsOf(unitId);
  }

  /**
   * Imports a CSV or xlsx file into the city lexicon or a unit's: every row is validated and matched by
   * (term, kind) against the scope's entries; a dry run only reports, an applied import writes the valid rows
   * in one transaction with one version bump. Rejected rows never block the others.
   */
  async importEntries(rawInput: unknown): Promise<ImportResult> {
    const input = parseInput(importInput, rawInput);
    const unitId = input.scope === "unit" ? (input.unitId ?? null) : null;
    if (input.scope === "unit" && !unitId)
      throw badInput("单位词库须指定单位", { fields: [{ path: "unitId" }] });
    assertCan(this.caller, "lexicon.manage", await this.manageScope(unitId));
    const content = Buffer.from(input.content, "base64");
    let fileRows: Awaited<ReturnType<typeof readEntriesFile>>;
    try {
      fileRows = await readEntriesFile(input.format, content);
    } catch (error) {
      throw badInput(
        error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)
          ? error.message
          : "文件无法读取，请确认格式",
      );
    }
    const run = async (tx: Tx): Promise<ImportResult> => {
      const snapshots = new LexiconSnapshotRepository(tx);
      const existing = new Map(
        (await snapshots.ofScope(unitId)).map((row) => [`${row.kind}\u0000${row.term}`, row]),
      );
      const seen = new Map<string, number>();
      const plan: (ImportPlanRow & { entry?: ParsedEntry; existingId?: string })[] = [];
      for (const fileRow of fileRows) {
        const validated = validateRow(fileRow);
        const term = (fileRow.values.term ?? "").trim();
        if ("reasons" in validated) {
          plan.push({
            line: fileRow.line,
            term,
            kind: null,
            action: "reject",
            reasons: validated.reasons,
            changes: [],
          });
          continue;
        }
        const { entry } = validated;
        const reasons: string[] = [];
        const key = `${entry.kind}\u0000${entry.term}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) reasons.push(`与第 ${earlier} 行重复`);
        seen.set(key, fileRow.line);
        if (!unitId && !entry.source) reasons.push("市级词条须注明来源");
        const current = existing.get(key);
        const changes = current ? changedFields(current, entry) : [];
        plan.push({
          line: fileRow.line,
          term: entry.term,
          kind: entry.kind,
          action:
            reasons.length > 0 ? "reject" : !current ? "add" : changes.length > 0 ? "update" : "unchanged",
          reasons,
          changes,
          entry,
          existingId: current?.id,
        });
      }
      if (unitId) {
        const candidates = plan.filter((row) => row.entry && row.action !== "reject");
        const blocks = await snapshots.cityBlocksByTerms(candidates.map((row) => row.term));
        for (const row of candidates) {
          if (
            blocks.some((b) => b.term === row.term && b.kind === row.entry?.kind) &&
            row.entry?.level !== "block"
          ) {
            row.action = "reject";
            row.reasons.push(WEAKEN_CITY_BLOCK);
          }
        }
      }
      const count = (action: ImportPlanRow["action"]) => plan.filter((row) => row.action === action).length;
      let version = (await new LexiconVersionRepository(tx).current()).version;
      if (!input.dryRun && count("add") + count("update") > 0) {
        const repository = new LexiconRepository(tx);
        for (const row of plan) {
          if (!row.entry) continue;
          if (row.action === "add") await repository.insert({ ...row.entry, scope: input.scope, unitId });
          if (row.action === "update" && row.existingId)
            await repository.update(row.existingId, { ...row.entry });
        }
        await emitEvent(tx, "supervision", {
          type: "lexicon.changed",
          aggregateType: "lexicon",
          aggregateId: "lexicon",
          unitId,
          payload: {
            change: "imported" satisfies LexiconChange,
            scope: input.scope,
            unitId,
            format: input.format,
            added: count("add"),
            updated: count("update"),
            rejected: count("reject"),
          },
          actor: this.actor(),
        });
        version = await publishVersion(tx, this.actor(), unitId);
      }
      return {
        dryRun: input.dryRun,
        added: count("add"),
        updated: count("update"),
        unchanged: count("unchanged"),
        rejected: count("reject"),
        rows: plan.map(({ entry: _entry, existingId: _id, ...row }) => row),
        version,
      };
    };
    if (input.dryRun) return run(this.db as unknown as Tx);
    return this.db.transaction(run);
  }

  /** A CSV or xlsx file (base64) of the city's entries or a unit's. */
  async exportEntries(
    rawInput: unknown,
  ): Promise<{ filename: string; contentType: string; content: string }> {
    const input = parseInput(exportInput, rawInput);
    const unitId = input.scope === "unit" ? (input.unitId ?? null) : null;
    if (input.scope === "unit" && !unitId)
      throw badInput("单位词库须指定单位", { fields: [{ path: "unitId" }] });
    assertCan(this.caller, "lexicon.read", await this.manageScope(unitId));
    const rows = await new LexiconSnapshotRepository(this.db).ofScope(unitId);
    const file = await writeEntriesFile(input.format as FileFormat, rows);
    return {
      filename: `lexicon-${unitId ?? "city"}.${input.format}`,
      contentType:
        input.format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content: file.toString("base64"),
    };
  }

  /** A unit entry may add or tighten, never weaken, an enabled city block-level entry of the same term. */
  private async refuseWeakening(
    tx: Tx,
    entries: { term: string; kind: string; level: string }[],
  ): Promise<void> {
    const blocks = await new LexiconSnapshotRepository(tx).cityBlocksByTerms(entries.map((e) => e.term));
    const weakens = entries.some(
      (e) => e.level !== "block" && blocks.some((b) => b.term === e.term && b.kind === e.kind),
    );
    if (weakens) throw forbidden(WEAKEN_CITY_BLOCK);
  }

  private actor() {
    return actorOf(this.caller, this.request);
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

const COMPARED = ["level", "suggestion", "note", "source", "enabled", "titles", "category"] as const;
function changedFields(current: LexiconEntryRow, next: ParsedEntry): string[] {
  return COMPARED.filter(
    (field) => JSON.stringify(current[field] ?? null) !== JSON.stringify(next[field] ?? null),
  );
}
