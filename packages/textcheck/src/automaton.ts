import { foldTable, skipTable } from "./normalize";

/**
 * Aho-Corasick automaton over folded UTF-16 code units. Transitions live in one open-addressing hash
 * table (typed arrays) plus a direct table for the root, so a 100k-term lexicon costs a few MB and
 * matching allocates nothing per character.
 */

export const MAX_TERM_LENGTH = 64;
const RING = 128; // > MAX_TERM_LENGTH, power of two
/** Skippable characters allowed between two characters of one term (evasion); more ends the match. */
export const MAX_GAP = 3;

export interface Automaton {
  readonly states: number;
  /** Node of each pattern id (patterns are the distinct normalised terms). */
  readonly patternNode: Int32Array;
  /** Pattern id ending at a node, or -1. */
  readonly nodePattern: Int32Array;
  readonly depth: Uint8Array;
  readonly fail: Int32Array;
  readonly dictLink: Int32Array;
  readonly root: Int32Array;
  readonly hashState: Int32Array;
  readonly hashChar: Uint16Array;
  readonly hashNext: Int32Array;
  readonly hashBits: number;
}

function hashOf(state: number, c: number, bits: number): number {
  return Math.imul(Math.imul(state, 0x01000193) ^ c, 0x9e3779b1) >>> (32 - bits);
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  let total = 1;
  for (const p of patterns) total += p.length;
  const maxStates = total;
  let bits = 4;
  while (1 << bits < total * 2) bits++;
  const size = 1 << bits;
  const mask = size - 1;
  const hashState = new Int32Array(size).fill(-1);
  const hashChar = new Uint16Array(size);
  const hashNext = new Int32Array(size);
  const root = new Int32Array(65536);
  const depth = new Uint8Array(maxStates);
  const nodePattern = new Int32Array(maxStates).fill(-1);
  const parent = new Int32Array(maxStates);
  const parentChar = new Uint16Array(maxStates);
  const patternNode = new Int32Array(patterns.length);
  let states = 1;

  const get = (state: number, c: number): number => {
    if (state === 0) return root[c] as number;
    let h = hashOf(state, c, bits);
    for (;;) {
      const s = hashState[h] as number;
      if (s === -1) return 0;
      if (s === state && hashChar[h] === c) return hashNext[h] as number;
      h = (h + 1) & mask;
    }
  };

  for (let p = 0; p < patterns.length; p++) {
    const term = patterns[p] as string;
    let node = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let next = get(node, c);
      if (next === 0) {
        next = states++;
        depth[next] = i + 1;
        parent[next] = node;
        parentChar[next] = c;
        if (node === 0) root[c] = next;
        else {
          let h = hashOf(node, c, bits);
          while (hashState[h] !== -1) h = (h + 1) & mask;
          hashState[h] = node;
          hashChar[h] = c;
          hashNext[h] = next;
        }
      }
      node = next;
    }
    patternNode[p] = node;
    nodePattern[node] = p;
  }

  // Nodes were created in insertion order, not breadth-first: sort them by depth for the BFS.
  const order = new Int32Array(states - 1);
  const counts = new Int32Array(MAX_TERM_LENGTH + 2);
  for (let v = 1; v < states; v++) (counts[depth[v] as number] as number)++;
  let acc = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d] as number;
    counts[d] = acc;
    acc += c;
  }
  for (let v = 1; v < states; v++) {
    const d = depth[v] as number;
    order[counts[d] as number] = v;
    counts[d] = (counts[d] as number) + 1;
  }
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states);
  for (let k = 0; k < order.length; k++) {
    const v = order[k] as number;
    const u = parent[v] as number;
    const c = parentChar[v] as number;
    let f = 0;
    if (u !== 0) {
      let w = fail[u] as number;
      for (;;) {
        const n = get(w, c);
        if (n !== 0) {
          f = n;
          break;
        }
        if (w === 0) break;
        w = fail[w] as number;
      }
    }
    fail[v] = f;
    dictLink[v] = (nodePattern[f] as number) >= 0 ? f : (dictLink[f] as number);
  }
  return {
    states,
    patternNode,
    nodePattern: nodePattern.subarray(0, states),
    depth: depth.subarray(0, states),
    fail,
    dictLink,
    root,
    hashState,
    hashChar,
    hashNext,
    hashBits: bits,
  };
}

/** Raw matches: pattern id, start and end (exclusive) in the original text, skipped characters inside. */
export interface MatchBuffer {
  count: number;
  pattern: Int32Array;
  start: Int32Array;
  end: Int32Array;
  skipped: Int32Array;
}

export function newMatchBuffer(capacity = 256): MatchBuffer {
  return {
    count: 0,
    pattern: new Int32Array(capacity),
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    skipped: new Int32Array(capacity),
  };
}

function grow(buf: MatchBuffer): void {
  const n = buf.pattern.length * 2;
  const copy = (a: Int32Array): Int32Array => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  buf.pattern = copy(buf.pattern);
  buf.start = copy(buf.start);
  buf.end = copy(buf.end);
  buf.skipped = copy(buf.skipped);
}

/**
 * Finds every occurrence of every pattern in one pass over `text`, folding characters and stepping over
 * skippable ones (a gap longer than MAX_GAP, or a line break, resets the automaton). `limit` bounds the
 * number of matches kept (pathological input).
 */
export function scan(a: Automaton, text: string, buf: MatchBuffer, limit = 1_000_000): MatchBuffer {
  const fold = foldTable();
  const skip = skipTable();
  const { root, fail, dictLink, nodePattern, depth, hashState, hashChar, hashNext, hashBits } = a;
  const mask = (1 << hashBits) - 1;
  const shift = 32 - hashBits;
  const posRing = new Int32Array(RING);
  const skipRing = new Int32Array(RING);
  let kept = 0;
  let skippedTotal = 0;
  let gap = 0;
  let state = 0;
  buf.count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = fold[text.charCodeAt(i)] as number;
    if (skip[c] === 1) {
      skippedTotal++;
      if (++gap > MAX_GAP) state = 0;
      continue;
    }
    gap = 0;
    if (c === 10 || c === 13) {
      state = 0;
      continue;
    }
    posRing[kept & (RING - 1)] = i;
    skipRing[kept & (RING - 1)] = skippedTotal;
    kept++;
    let next = 0;
    for (;;) {
      if (state === 0) {
        next = root[c] as number;
        break;
      }
      let h = Math.imul(Math.imul(state, 0x01000193) ^ c, 0x9e3779b1) >>> shift;
      let s = hashState[h] as number;
      while (s !== -1) {
        if (s === state && hashChar[h] === c) break;
        h = (h + 1) & mask;
        s = hashState[h] as number;
      }
      if (s !== -1) {
        next = hashNext[h] as number;
        break;
      }
      state = fail[state] as number;
    }
    state = next;
    if (state === 0) continue;
    let o = (nodePattern[state] as number) >= 0 ? state : (dictLink[state] as number);
    while (o !== 0) {
      if (buf.count === limit) return buf;
      if (buf.count === buf.pattern.length) grow(buf);
      const startKept = kept - (depth[o] as number);
      const k = buf.count++;
      buf.pattern[k] = nodePattern[o] as number;
      buf.start[k] = posRing[startKept & (RING - 1)] as number;
      buf.end[k] = i + 1;
      buf.skipped[k] = skippedTotal - (skipRing[startKept & (RING - 1)] as number);
      o = dictLink[o] as number;
    }
  }
  return buf;
}
