// Inline underlines of text-check findings in the body editor. The server reports a finding's offsets in the
// text it extracted from the body HTML (packages/textcheck extractHtml: block elements and <br> become one
// "\n", never at the start); docText() rebuilds that text from the editor's document with the document
// position of every character, so an offset maps to a position. Underlines follow edits and disappear once
// the text under them no longer reads as the finding's text.
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { Extension } from "@tiptap/react";

export type FindingSeverity = "BLOCK" | "WARN" | "HINT";

export interface HighlightFinding {
  key: string;
  /** Offsets in the extracted body text. */
  start: number;
  end: number;
  text: string;
  severity: FindingSeverity;
  explanation?: string;
}

export interface DocText {
  text: string;
  /** The document position of each character of `text`; -1 for a block separator. */
  positions: number[];
}

/** Where a text offset moved to is searched for this far around it, after an edit. */
const REANCHOR_WINDOW = 200;

/** The document's text as the checker sees it, with each character's position. */
export function docText(doc: ProseMirrorNode): DocText {
  let text = "";
  const positions: number[] = [];
  const separate = () => {
    if (text.length > 0 && !text.endsWith("\n")) {
      text += "\n";
      positions.push(-1);
    }
  };
  doc.descendants((node, pos) => {
    if (node.isText) {
      const value = node.text ?? "";
      for (let i = 0; i < value.length; i++) positions.push(pos + i);
      text += value;
      return false;
    }
    if (node.isTextblock || node.type.name === "hardBreak") separate();
    return true;
  });
  return { text, positions };
}

// The checker reads &nbsp; as a space.
const same = (a: string, b: string) => a.replace(/\u00a0/g, " ") === b.replace(/\u00a0/g, " ");

/**
 * The document range of a finding: at its offsets when the text there matches, else at the nearest
 * occurrence of its text (the checked HTML may differ from the editor's in whitespace between blocks), within
 * `maxDistance` characters; null when the text is not there or spans a block boundary at either end.
 */
export function locate(
  index: DocText,
  finding: Pick<HighlightFinding, "start" | "end" | "text">,
  options: { maxDistance?: number; taken?: (from: number, to: number) => boolean } = {},
): { from: number; to: number; offset: number } | null {
  const length = finding.text.length;
  if (length === 0 || finding.end <= finding.start) return null;
  const toRange = (offset: number) => {
    const first = index.positions[offset] ?? -1;
    const last = index.positions[offset + length - 1] ?? -1;
    if (first < 0 || last < 0) return null;
    const range = { from: first, to: last + 1, offset };
    return options.taken?.(range.from, range.to) ? null : range;
  };
  if (same(index.text.slice(finding.start, finding.start + length), finding.text)) {
    const exact = toRange(finding.start);
    if (exact) return exact;
  }
  const maxDistance = options.maxDistance ?? Number.POSITIVE_INFINITY;
  const haystack = index.text.replace(/\u00a0/g, " ");
  const needle = finding.text.replace(/\u00a0/g, " ");
  let best: { from: number; to: number; offset: number } | null = null;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const distance = Math.abs(at - finding.start);
    if (distance > maxDistance) {
      if (at > finding.start) break;
      continue;
    }
    const range = toRange(at);
    if (range && (!best || distance < Math.abs(best.offset - finding.start))) best = range;
  }
  return best;
}

interface Placed {
  finding: HighlightFinding;
  from: number;
  to: number;
  /** Offset in the document text where it was last found. */
  offset: number;
}

interface HighlightState {
  placed: Placed[];
  decorations: DecorationSet;
}

export const findingHighlightsKey = new PluginKey<HighlightState>("findingHighlights");

const STYLES: Record<FindingSeverity, string> = {
  BLOCK:
    "text-decoration: underline wavy #f5222d; text-decoration-skip-ink: none; text-underline-offset: 3px",
  WARN: "text-decoration: underline solid #fa8c16; text-decoration-thickness: 2px; text-underline-offset: 3px",
  HINT: "text-decoration: underline dotted #1677ff; text-decoration-thickness: 2px; text-underline-offset: 3px",
};

function decorate(doc: ProseMirrorNode, placed: Placed[]): DecorationSet {
  return DecorationSet.create(
    doc,
    placed.map(({ finding, from, to }) =>
      Decoration.inline(
        from,
        to,
        {
          class: `jiyue-finding jiyue-finding-${finding.severity.toLowerCase()}`,
          style: STYLES[finding.severity],
          "data-finding-key": finding.key,
          "data-severity": finding.severity,
          ...(finding.explanation ? { title: finding.explanation } : {}),
        },
        { key: finding.key },
      ),
    ),
  );
}

/** Places new findings on the document. */
function place(doc: ProseMirrorNode, findings: readonly HighlightFinding[]): Placed[] {
  const index = docText(doc);
  const placed: Placed[] = [];
  for (const finding of findings) {
    const range = locate(index, finding);
    if (range) placed.push({ finding, ...range });
  }
  return placed;
}

/** Moves placed findings through an edit; a finding whose text changed is looked for nearby, else dropped. */
function follow(tr: Transaction, previous: Placed[]): Placed[] {
  const doc = tr.doc;
  const kept: Placed[] = [];
  const lost: Placed[] = [];
  for (const item of previous) {
    const from = tr.mapping.mapResult(item.from, 1);
    const to = tr.mapping.mapResult(item.to, -1);
    if (
      !from.deleted &&
      !to.deleted &&
      from.pos < to.pos &&
      same(doc.textBetween(from.pos, to.pos), item.finding.text)
    )
      kept.push({ ...item, from: from.pos, to: to.pos });
    else lost.push(item);
  }
  if (lost.length === 0) return kept;
  // Whole-content replacements (a suggestion applied from the side list) land here: find the text again.
  const index = docText(doc);
  const taken = (a: number, b: number) => kept.some((item) => item.from < b && a < item.to);
  for (const item of lost) {
    const range = locate(
      index,
      { start: item.offset, end: item.offset + item.finding.text.length, text: item.finding.text },
      { maxDistance: REANCHOR_WINDOW, taken },
    );
    if (range) kept.push({ finding: item.finding, ...range });
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** Shows these findings (replacing the previous ones) in the editor. */
export function setFindings(state: EditorState, findings: readonly HighlightFinding[]): Transaction {
  return state.tr.setMeta(findingHighlightsKey, findings).setMeta("addToHistory", false);
}

/** The keys of the findings underlined in the editor, in document order. */
export function highlightedKeys(state: EditorState): string[] {
  return (findingHighlightsKey.getState(state)?.placed ?? []).map((item) => item.finding.key);
}

export function findingHighlightsPlugin(onClick?: (key: string) => void): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: findingHighlightsKey,
    state: {
      init: (_, state) => ({ placed: [], decorations: DecorationSet.create(state.doc, []) }),
      apply(tr, previous) {
        const findings = tr.getMeta(findingHighlightsKey) as readonly HighlightFinding[] | undefined;
        if (findings) {
          const placed = place(tr.doc, findings);
          return { placed, decorations: decorate(tr.doc, placed) };
        }
        if (!tr.docChanged || previous.placed.length === 0) return previous;
        const placed = follow(tr, previous.placed);
        return { placed, decorations: decorate(tr.doc, placed) };
      },
    },
    props: {
      decorations: (state) => findingHighlightsKey.getState(state)?.decorations,
      handleClick(view, pos) {
        const found = findingHighlightsKey.getState(view.state)?.decorations.find(pos, pos);
        const key = found?.[0]?.spec.key;
        if (typeof key === "string") onClick?.(key);
        return false;
      },
    },
  });
}

/** The tiptap extension; `onClick` receives the key of a clicked underline. */
export const FindingHighlights = Extension.create<{ onClick?: (key: string) => void }>({
  name: "findingHighlights",
  addOptions: () => ({ onClick: undefined }),
  addProseMirrorPlugins() {
    return [findingHighlightsPlugin(this.options.onClick)];
  },
});
