import { newMatchBuffer, scan } from "./automaton";
import { LEADER_CONTEXT } from "./defaults";
import { extractHtml } from "./html";
import type { CompiledLexicon } from "./lexicon";
import { foldTable } from "./normalize";
import { checkDates, checkPunctuation, runPatterns } from "./rules";
import { onWordBoundaries } from "./segment";
import type { Category, CheckInput, CheckOptions, CheckResult, Finding } from "./types";
import { detectTypos } from "./typo";

const SEVERITY_RANK = { block: 0, warn: 1, hint: 2 } as const;
const NAME_CONTEXT = 6;
const CLAUSE_END = /[。！？；\n!?;]/;

/** Every lexicon match with its position (normalisation on): the engine's raw pass, also used by the bench. */
export function findMatches(lexicon: CompiledLexicon, text: string, limit?: number) {
  return scan(lexicon.automaton, text, newMatchBuffer(), limit);
}

export function check(input: CheckInput, lexicon: CompiledLexicon, options: CheckOptions = {}): CheckResult {
  const maxFindings = options.maxFindings ?? 5000;
  const wanted = options.categories === undefined ? undefined : new Set<Category>(options.categories);
  const runs = (c: Category): boolean => wanted === undefined || wanted.has(c);
  // Lone surrogates cannot be matched or displayed: replace them so offsets stay put and nothing throws.
  const sanitize = (s: string): string =>
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

  let text: string;
  let offsets: Int32Array | undefined;
  const findings: Finding[] = [];
  let full = false;
  const push = (f: Finding): void => {
    if (findings.length >= maxFindings) {
      full = true;
      return;
    }
    findings.push(f);
  };
  if (input.html !== undefined) {
    const extracted = extractHtml(sanitize(input.html));
    text = extracted.text;
    offsets = extracted.offsets;
    if (runs("accessibility")) for (const f of extracted.images) push(f);
  } else {
    text = sanitize(input.text ?? "");
  }

  // 1. Lexicon terms (sensitive, typo pairs, wording, protected-name near misses).
  const matches = scan(lexicon.automaton, text, newMatchBuffer(), maxFindings * 4);
  const boundaryCache = new Map<number, boolean>();
  const claimed = new Uint8Array(text.length);
  for (let k = 0; k < matches.count && !full; k++) {
    const start = matches.start[k] as number;
    const end = matches.end[k] as number;
    const skipped = matches.skipped[k] as number;
    for (
      let e = lexicon.firstEntry[matches.pattern[k] as number] as number;
      e >= 0;
      e = lexicon.nextEntry[e] as number
    ) {
      const entry = lexicon.entries[e];
      if (entry === undefined || !runs(entry.category)) continue;
      const guarded = entry.category === "sensitive" || entry.category === "name";
      const bounded = guarded || entry.category === "typo";
      // Characters skipped inside a match are evasion only for terms someone would want to hide.
      if (skipped > 0 && !guarded) continue;
      if (bounded && skipped === 0) {
        const key = start * 65536 + (end - start);
        let ok = boundaryCache.get(key);
        if (ok === undefined) {
          ok = onWordBoundaries(text, start, end);
          boundaryCache.set(key, ok);
        }
        if (!ok) continue;
      }
      let severity = entry.severity;
      const protectedName = lexicon.protectedNameOf.get(e);
      if (protectedName !== undefined) {
        // Context stays inside the clause: a title in the previous sentence says nothing about this name.
        const before =
          text
            .slice(Math.max(0, start - NAME_CONTEXT), start)
            .split(CLAUSE_END)
            .pop() ?? "";
        const after = text.slice(end, Math.min(text.length, end + NAME_CONTEXT)).split(CLAUSE_END)[0] ?? "";
        const around = `${before}${entry.term}${after}`;
        const inContext =
          protectedName.titles.some((t) => around.includes(t)) ||
          LEADER_CONTEXT.some((t) => around.includes(t));
        severity = inContext ? "block" : "warn";
      }
      const finding: Finding = {
        start,
        end,
        text: text.slice(start, end),
        category: entry.category,
        severity,
        ruleId: entry.id,
        explanation:
          entry.explanation ??
          (entry.category === "sensitive" ? `包含敏感词“${entry.term}”。` : `“${entry.term}”不符合规范。`),
      };
      if (entry.suggestion !== undefined) finding.suggestion = entry.suggestion;
      push(finding);
      claimed.fill(1, start, end);
    }
  }

  // 2. Data-driven patterns, punctuation, dates.
  const ruleCategories = lexicon.patterns.filter((p) => runs(p.rule.category));
  runPatterns(text, ruleCategories, push);
  if (runs("punctuation")) checkPunctuation(text, push);
  if (runs("date")) checkDates(text, input.publishedAt, push);

  // 3. Statistical typos, on the folded text, where no rule already spoke.
  if (lexicon.typo !== undefined && runs("typo") && !full) {
    detectTypos(
      text,
      foldTable(),
      lexicon.typo,
      (f) => {
        if (claimed[f.start] === 1) return;
        push({ ...f, text: text.slice(f.start, f.end) });
      },
      maxFindings,
    );
  }

  const result = dedupe(findings);
  if (offsets !== undefined) {
    const map = offsets;
    for (const f of result) {
      if (f.htmlStart !== undefined) continue;
      f.htmlStart = map[f.start] as number;
      f.htmlEnd = f.end > f.start ? (map[f.end - 1] as number) + 1 : (map[f.end] as number);
    }
  }
  return { text, findings: result };
}

/** Drops exact duplicates and findings inside a longer one of the same category; orders by position. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort(
    (a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
  const out: Finding[] = [];
  const lastEndByCategory = new Map<string, number>();
  // Sorting puts every finding of one span next to each other: duplicates are looked for in that group.
  let groupStart = -1;
  let groupEnd = -1;
  const groupRules: string[] = [];
  for (const f of findings) {
    if (f.start !== groupStart || f.end !== groupEnd) {
      groupStart = f.start;
      groupEnd = f.end;
      groupRules.length = 0;
    }
    if (groupRules.includes(f.ruleId)) continue;
    groupRules.push(f.ruleId);
    const lastEnd = lastEndByCategory.get(f.category) ?? -1;
    if (f.end <= lastEnd && f.end > f.start) continue;
    lastEndByCategory.set(f.category, Math.max(lastEnd, f.end));
    out.push(f);
  }
  return out;
}
