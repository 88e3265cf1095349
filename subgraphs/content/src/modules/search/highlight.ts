// Highlights as plain text plus ranges (UTF-16 offsets, end exclusive): the client escapes the text and wraps
// the ranges in <mark>, so no HTML from article content ever reaches a page unescaped.
export interface TextRange {
  start: number;
  end: number;
}
export interface HighlightedText {
  text: string;
  highlights: TextRange[];
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 120;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches any of the terms, longest first, case-insensitively. Null when there is nothing to match. */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(unique.map(escapeRegExp).join("|"), "giu");
}

export function findRanges(text: string, matcher: RegExp | null): TextRange[] {
  if (!matcher) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(matcher)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = ranges[ranges.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else ranges.push({ start, end });
  }
  return ranges;
}

export function highlight(text: string, matcher: RegExp | null): HighlightedText {
  return { text, highlights: findRanges(text, matcher) };
}

/** Do not cut a surrogate pair in half. */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/** A window of the first text (body, then summary) that contains a term; the body's opening otherwise. */
export function snippet(sources: readonly string[], matcher: RegExp | null): HighlightedText {
  const texts = sources.map((source) => source.replace(/\s+/g, " ").trim());
  const found = texts
    .map((text) => ({ text, ranges: findRanges(text, matcher) }))
    .find((candidate) => candidate.ranges.length > 0);
  const text = found?.text ?? texts.find((candidate) => candidate.length > 0) ?? "";
  const first = found?.ranges[0]?.start ?? 0;
  const from = safeIndex(text, Math.max(0, first - SNIPPET_BEFORE));
  const to = safeIndex(text, Math.min(text.length, from + SNIPPET_LENGTH));
  const prefix = from > 0 ? "…" : "";
  const window = `${prefix}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
  const highlights = (found?.ranges ?? [])
    .filter((range) => range.end > from && range.start < to)
    .map((range) => ({
      start: Math.max(range.start, from) - from + prefix.length,
      end: Math.min(range.end, to) - from + prefix.length,
    }));
  return { text: window, highlights };
}
