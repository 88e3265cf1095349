// Running the engine on an article's title and body with a unit's lexicon: exempted entries dropped, each
// finding given a key that stays the same across re-checks of the same text (field, rule, text, occurrence).
import { check, type Finding } from "@jiyue/textcheck";
import type { ActiveLexicon } from "./lexicon-cache";
import type { StoredFinding, TextCheckModel } from "./textcheck.types";

/** Name near misses carry the protected name's id before "~". */
const entryIdOf = (ruleId: string) => ruleId.split("~")[0] as string;

function toStored(field: StoredFinding["field"], findings: Finding[], exempted: ReadonlySet<string>) {
  const seen = new Map<string, number>();
  const out: StoredFinding[] = [];
  for (const f of findings) {
    if (exempted.has(entryIdOf(f.ruleId))) continue;
    const base = `${field}|${f.ruleId}|${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({
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
    });
  }
  return out;
}

export function runCheck(
  lexicon: ActiveLexicon,
  input: { title?: string | null; text?: string | null; html?: string | null; publishedAt?: Date },
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
