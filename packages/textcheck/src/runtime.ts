// The runtime side of the engine for subgraphs that embed it (content, interaction): supervision's versioned
// lexicon snapshot, fetched at start and whenever a lexicon.version_published event arrives, compiled off the
// request path and swapped in one assignment; and running a check with a unit's lexicon. The engine itself
// stays free of I/O: the snapshot source is injected (httpSnapshotSource is the production one).
// Units with their own entries get their own compiled lexicon, lazily and in a bounded cache; exemptions
// are applied at check time by dropping the exempted entries' findings.
// The statistical typo detector and the confusion pairs the training data kept come from the shipped model
// (data/typo-model.json.br), read and compiled once per process and shared by every compiled lexicon.
import { check } from "./check";
import { type CompiledLexicon, compileLexicon } from "./lexicon";
import { readTypoModel, TYPO_MODEL_FILE, typoModelInputs } from "./model";
import type { Finding, LexiconEntry, PatternRule, ProtectedName, Severity } from "./types";
import { compileTypoModel, type TypoModel } from "./typo";

/** Where the cache reports swaps and unreachable snapshots (a subgraph passes its logger). */
export interface RuntimeLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}
const silent: RuntimeLogger = { info: () => {}, warn: () => {} };

export interface SnapshotEntry {
  id: string;
  term: string;
  kind: "sensitive" | "typo" | "wording" | "forbidden" | "name" | "pattern";
  level: "block" | "warn" | "info";
  suggestion: string | null;
  note: string | null;
  source: string | null;
  unitId: string | null;
  titles: string[];
  category: string | null;
}
export interface LexiconSnapshot {
  version: number;
  entries: SnapshotEntry[];
  exemptions: { unitId: string; entryId: string }[];
}
/** Fetches the snapshot newer than `after`; null when the version is unchanged. */
export type SnapshotSource = (after: number) => Promise<LexiconSnapshot | null>;

export interface ActiveLexicon {
  version: number;
  compiled: CompiledLexicon;
  /** Entry ids whose findings this unit does not see. */
  exempted: ReadonlySet<string>;
}

const MAX_UNIT_LEXICONS = 64;

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
const SEVERITY: Record<SnapshotEntry["level"], Severity> = { block: "block", warn: "warn", info: "hint" };

interface State {
  version: number;
  /** Compiled on first use (version 0: the starter defaults, before the first snapshot arrives). */
  base: () => CompiledLexicon;
  unitEntries: Map<string, SnapshotEntry[]>;
  exemptions: Map<string, Set<string>>;
  cityEntries: SnapshotEntry[];
  perUnit: Map<string, CompiledLexicon>;
}

/** The shipped statistical model, compiled: shared by every lexicon of the process. */
export interface StatisticalTypos {
  model: TypoModel;
  /** Confusion pairs (wrong → right) the training data kept, as warn-level typo entries. */
  pairs: readonly LexiconEntry[];
  /** The model's confusion sets: protected names' near misses are built from them. */
  confusion: ReadonlyMap<string, string>;
  /** Reading, decompressing and compiling the model file. */
  loadMs: number;
  /** Memory the compiled model keeps (its typed arrays; loading peaks higher until garbage is collected). */
  memoryBytes: number;
  file: string;
}

let statistical: StatisticalTypos | null | undefined;

/** Bytes held in the typed arrays of an object and of the objects it holds, `depth` levels down. */
function typedBytes(value: unknown, depth: number): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (depth === 0 || typeof value !== "object" || value === null) return 0;
  let sum = 0;
  for (const v of Object.values(value)) sum += typedBytes(v, depth - 1);
  return sum;
}

/**
 * The shipped statistical model, loaded on first use (a few hundred ms, once per process); null when the
 * model file is absent — the checks then run with the lexicon alone.
 */
export function statisticalTypos(): StatisticalTypos | null {
  if (statistical !== undefined) return statistical;
  const t0 = performance.now();
  const data = process.env.JIYUE_TEXTCHECK_TYPO_MODEL === "off" ? undefined : readTypoModel();
  if (!data) {
    statistical = null;
    return statistical;
  }
  const { typoModel, pairs } = typoModelInputs(data);
  const model = compileTypoModel(typoModel);
  statistical = {
    model,
    pairs,
    confusion: typoModel.confusion,
    loadMs: performance.now() - t0,
    memoryBytes: typedBytes(model, 2),
    file: TYPO_MODEL_FILE,
  };
  return statistical;
}

/** The engine's inputs for a list of snapshot entries (rules are data: names and patterns too). */
export function compileEntries(
  entries: readonly SnapshotEntry[],
  typos: StatisticalTypos | null = statisticalTypos(),
): CompiledLexicon {
  const terms: LexiconEntry[] = [];
  const patterns: PatternRule[] = [];
  const names: ProtectedName[] = [];
  for (const e of entries) {
    const severity = SEVERITY[e.level];
    const explanation = e.note ?? undefined;
    if (e.kind === "name") {
      names.push({ id: e.id, name: e.term, titles: e.titles });
    } else if (e.kind === "pattern") {
      try {
        new RegExp(e.term, "gu");
      } catch {
        continue;
      }
      patterns.push({
        id: e.id,
        pattern: e.term,
        category: e.category ?? "wording",
        severity,
        ...(e.suggestion ? { suggestion: e.suggestion } : {}),
        explanation: explanation ?? "不符合规范表述。",
        ...(e.source ? { source: e.source } : {}),
      });
    } else {
      terms.push({
        id: e.id,
        term: e.term,
        category: e.kind === "forbidden" ? "wording" : e.kind,
        severity,
        ...(e.suggestion ? { suggestion: e.suggestion } : {}),
        ...(explanation
          ? { explanation }
          : e.kind === "forbidden"
            ? { explanation: `“${e.term}”为禁用词。` }
            : {}),
        ...(e.source ? { source: e.source } : {}),
      });
    }
  }
  // The shipped pairs come after the city's entries, and not at all for a term the city has an entry for
  // (its own wording, level and exemptions win).
  if (typos) {
    const own = new Set(entries.map((e) => e.term));
    for (const pair of typos.pairs) if (!own.has(pair.term)) terms.push(pair);
  }
  // The snapshot is the whole lexicon: the engine's own starter defaults are not added on top.
  return compileLexicon(terms, {
    patterns,
    protectedNames: names,
    defaults: false,
    // The compiled model does not keep the raw confusion sets: without them a protected name would have no
    // near misses at all.
    ...(typos ? { compiledTypo: typos.model, nameConfusion: typos.confusion } : {}),
  });
}

export class LexiconCache {
  private state: State;
  private refreshing: Promise<void> | undefined;
  private again = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly listeners = new Set<(version: number) => void>();

  constructor(
    private readonly source: SnapshotSource,
    private readonly logger: RuntimeLogger = silent,
  ) {
    // Until the first snapshot arrives, the engine's starter defaults (version 0) keep the gate working.
    this.state = {
      version: 0,
      base: once(() => {
        const typos = statisticalTypos();
        return compileLexicon([...(typos?.pairs ?? [])], typos ? { compiledTypo: typos.model } : {});
      }),
      unitEntries: new Map(),
      exemptions: new Map(),
      cityEntries: [],
      perUnit: new Map(),
    };
  }

  get version(): number {
    return this.state.version;
  }

  /** Loads the first snapshot; retries in the background while supervision is unreachable. */
  async start(): Promise<void> {
    await this.refresh();
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  onSwap(listener: (version: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fetches and compiles a newer snapshot if there is one; concurrent calls collapse into one more round. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.again = false;
        await this.load();
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** The lexicon for a unit's site: its own compiled lexicon when it has entries, else the city's. */
  forUnit(unitId: string): ActiveLexicon {
    const state = this.state;
    const exempted = state.exemptions.get(unitId) ?? new Set<string>();
    const own = state.unitEntries.get(unitId);
    if (!own || own.length === 0) return { version: state.version, compiled: state.base(), exempted };
    let compiled = state.perUnit.get(unitId);
    if (!compiled) {
      compiled = compileEntries([...state.cityEntries, ...own]);
      if (state.perUnit.size >= MAX_UNIT_LEXICONS) {
        const oldest = state.perUnit.keys().next().value;
        if (oldest !== undefined) state.perUnit.delete(oldest);
      }
      state.perUnit.set(unitId, compiled);
    }
    return { version: state.version, compiled, exempted };
  }

  private async load(): Promise<void> {
    let snapshot: LexiconSnapshot | null;
    try {
      snapshot = await this.source(this.state.version);
    } catch (error) {
      this.logger.warn({ err: error }, "lexicon snapshot unavailable; retrying");
      this.scheduleRetry();
      return;
    }
    if (!snapshot || snapshot.version <= this.state.version) return;
    // Compiling takes a while for a large lexicon: yield first so requests in flight finish on the old one.
    await new Promise((resolve) => setImmediate(resolve));
    const cityEntries = snapshot.entries.filter((e) => e.unitId === null);
    const unitEntries = new Map<string, SnapshotEntry[]>();
    for (const e of snapshot.entries) {
      if (e.unitId === null) continue;
      const list = unitEntries.get(e.unitId) ?? [];
      list.push(e);
      unitEntries.set(e.unitId, list);
    }
    const exemptions = new Map<string, Set<string>>();
    for (const x of snapshot.exemptions) {
      const set = exemptions.get(x.unitId) ?? new Set<string>();
      set.add(x.entryId);
      exemptions.set(x.unitId, set);
    }
    const loaded = statistical !== undefined;
    const base = compileEntries(cityEntries);
    if (!loaded) {
      const typos = statisticalTypos();
      if (typos)
        this.logger.info(
          {
            ms: Math.round(typos.loadMs),
            mb: Math.round(typos.memoryBytes / 2 ** 20),
            pairs: typos.pairs.length,
          },
          "statistical typo model loaded",
        );
      else this.logger.warn({ file: TYPO_MODEL_FILE }, "statistical typo model absent; typo pairs only");
    }
    this.state = {
      version: snapshot.version,
      base: () => base,
      unitEntries,
      exemptions,
      cityEntries,
      perUnit: new Map(),
    };
    this.logger.info({ version: snapshot.version, entries: snapshot.entries.length }, "lexicon swapped");
    for (const listener of this.listeners) listener(snapshot.version);
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.refresh();
    }, 5_000);
    this.retryTimer.unref();
  }
}

/** supervision's /internal/lexicon/snapshot with a service token. */
export function httpSnapshotSource(baseUrl: string, serviceToken: () => Promise<string>): SnapshotSource {
  return async (after) => {
    const response = await fetch(`${baseUrl}/internal/lexicon/snapshot?after=${after}`, {
      headers: { authorization: `Bearer ${await serviceToken()}` },
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status === 304) return null;
    if (!response.ok) throw new Error(`lexicon snapshot from ${baseUrl} failed: ${response.status}`);
    return (await response.json()) as LexiconSnapshot;
  };
}

/** A finding as a graph and a table show it: the engine's finding plus a stable key and the field. */
export interface StoredFinding {
  /** Stable across re-checks of the same text: field, rule, text and occurrence. */
  key: string;
  field: "title" | "body" | "attachment";
  /** For attachment findings: which attachment (positions are in its extracted text). */
  attachment?: { id: string; name: string } | null;
  start: number;
  end: number;
  htmlStart: number | null;
  htmlEnd: number | null;
  text: string;
  category: string;
  severity: Severity;
  suggestion: string | null;
  ruleId: string;
  explanation: string;
}

export interface TextCheckModel {
  lexiconVersion: number;
  text: string;
  findings: StoredFinding[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
}

// Running the engine on a title and a body with a unit's lexicon: exempted entries dropped, each finding
// given a key that stays the same across re-checks of the same text (field, rule, text, occurrence).

/** Name near misses carry the protected name's id before "~". */
const entryIdOf = (ruleId: string): string => {
  const cut = ruleId.indexOf("~");
  return cut < 0 ? ruleId : ruleId.slice(0, cut);
};

function toStored(
  field: StoredFinding["field"],
  findings: Finding[],
  exempted: ReadonlySet<string>,
  attachment: { id: string; name: string } | null = null,
) {
  const seen = new Map<string, number>();
  const out: StoredFinding[] = [];
  const prefix = attachment ? `attachment:${attachment.id}|` : `${field}|`;
  const checkExempted = exempted.size > 0;
  for (const f of findings) {
    if (checkExempted && exempted.has(entryIdOf(f.ruleId))) continue;
    const base = `${prefix}${f.ruleId}|${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const stored: StoredFinding = {
      key: `${base}|${n}`,
      field,
      start: f.start,
      end: f.end,
      htmlStart: f.htmlStart ?? null,
      htmlEnd: f.htmlEnd ?? null,
      text: f.text,
      category: f.category,
      severity: f.severity,
      suggestion: f.suggestion ?? null,
      ruleId: f.ruleId,
      explanation: f.explanation,
    };
    if (attachment) stored.attachment = attachment;
    out.push(stored);
  }
  return out;
}

/**
 * Suggested phrases (keywords, tags) without those the lexicon objects to: a sensitive, wording or forbidden
 * entry (or wording rule) at block or warn level, unless the unit is exempted from it — a suggestion must not
 * propose what the check would then flag (“两岸三地”).
 */
export function withoutFlagged(lexicon: ActiveLexicon, phrases: readonly string[]): string[] {
  return phrases.filter(
    (phrase) =>
      !check({ text: phrase }, lexicon.compiled, { categories: ["sensitive", "wording"] }).findings.some(
        (f) => f.severity !== "hint" && !lexicon.exempted.has(entryIdOf(f.ruleId)),
      ),
  );
}

export function runCheck(
  lexicon: ActiveLexicon,
  input: {
    title?: string | null;
    text?: string | null;
    html?: string | null;
    publishedAt?: Date;
    /** Extracted text of attached documents (docx, PDF text layer), each checked on its own. */
    attachments?: readonly { id: string; name: string; text: string }[];
  },
): TextCheckModel {
  const findings: StoredFinding[] = [];
  if (input.title) {
    const titled = check({ text: input.title }, lexicon.compiled);
    findings.push(...toStored("title", titled.findings, lexicon.exempted));
  }
  const body =
    input.html !== undefined && input.html !== null
      ? check({ html: input.html, publishedAt: input.publishedAt }, lexicon.compiled)
      : check({ text: input.text ?? "", publishedAt: input.publishedAt }, lexicon.compiled);
  findings.push(...toStored("body", body.findings, lexicon.exempted));
  for (const attachment of input.attachments ?? []) {
    const checked = check({ text: attachment.text }, lexicon.compiled);
    findings.push(
      ...toStored("attachment", checked.findings, lexicon.exempted, {
        id: attachment.id,
        name: attachment.name,
      }),
    );
  }
  const count = (severity: StoredFinding["severity"]) =>
    findings.filter((f) => f.severity === severity).length;
  return {
    lexiconVersion: lexicon.version,
    text: body.text,
    findings,
    blockCount: count("block"),
    warnCount: count("warn"),
    hintCount: count("hint"),
  };
}
