import { newMatchBuffer, scan } from "./automaton";
import { LEADER_CONTEXT } from "./defaults";
import { extractHtml } from "./html";
import type { CompiledLexicon } from "./lexicon";
import { foldTable, isHan, skipTable } from "./normalize";
import { checkDates, checkPunctuation, runPatterns } from "./rules";
import { isWord, onWordBoundaries } from "./segment";
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
      // Characters skipped inside a match are evasion only for terms someone would want to hide; a typo pair
      // still matches through invisible characters, and through spaces when it is a fixed phrase of four or
      // more characters (“扫 黑 险 恶”), which no ordinary sentence spells out character by character.
      if (skipped > 0 && !guarded && !(entry.category === "typo" && typoThroughGaps(text, start, end)))
        continue;
      if (bounded && skipped === 0) {
        const key = start * 65536 + (end - start);
        let ok = boundaryCache.get(key);
        if (ok === undefined) {
          // jieba knows some sensitive terms as words (法轮功) and then cuts “佛法轮功德” as 佛/法轮功/德:
          // a guarded term whose first and last characters each also form a word with their outer
          // neighbour (佛法, 功德) is read as those words instead.
          ok = onWordBoundaries(text, start, end) && !(guarded && straddled(text, start, end));
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

  // 2. Data-driven patterns, punctuation, dates. Patterns and dates read full-width digits as digits
  // (“２０２４年２月３０日”); the folding keeps offsets, and findings quote the original text.
  const ruleCategories = lexicon.patterns.filter((p) => runs(p.rule.category));
  const digits = halfWidthDigits(text);
  const pushOriginal =
    digits === text ? push : (f: Finding): void => push({ ...f, text: text.slice(f.start, f.end) });
  runPatterns(digits, ruleCategories, pushOriginal);
  if (runs("punctuation")) checkPunctuation(text, push);
  if (runs("date")) checkDates(digits, input.publishedAt, pushOriginal);

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

/** Full-width digits → ASCII digits (one code unit each, so offsets stay); the same string when there are none. */
function halfWidthDigits(text: string): string {
  return /[\uff10-\uff19]/.test(text)
    ? text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    : text;
}

/** Characters evasion inserts that are invisible: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /^[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]$/;
const SPACE = /^[ \u00a0\u3000\t]$/;

/** True when every skipped character of a typo-pair match may be ignored (see the caller). */
function typoThroughGaps(text: string, start: number, end: number): boolean {
  const skip = skipTable();
  const fold = foldTable();
  let kept = 0;
  let spaces = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (skip[fold[code] as number] !== 1) {
      kept++;
      continue;
    }
    const ch = text[i] as string;
    if (SPACE.test(ch)) spaces++;
    else if (!INVISIBLE.test(ch)) return false;
  }
  return spaces === 0 || kept >= 4;
}

/** Whether text[start-1..start] and text[end-1..end] are both dictionary words (see the caller). */
function straddled(text: string, start: number, end: number): boolean {
  if (start === 0 || end >= text.length) return false;
  const left = text.slice(start - 1, start + 1);
  const right = text.slice(end - 1, end + 1);
  return isHan(left.charCodeAt(0)) && isHan(right.charCodeAt(1)) && isWord(left) && isWord(right);
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
