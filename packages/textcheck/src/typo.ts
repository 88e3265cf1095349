import { type Automaton, buildAutomaton, newMatchBuffer, scan } from "./automaton";
import { fold, isHan } from "./normalize";
import type { Finding, TypoModelInput } from "./types";

/**
 * Statistical typo detector (noisy channel, precision first). A Han character is a suspect only when no
 * dictionary word of 2–4 characters covers it; it is flagged when swapping it for one of its confusion
 * candidates forms a frequent word whose probability beats the original characters read one by one by
 * `threshold` (natural log).
 *
 * Every lookup goes through typed-array hash tables keyed by character codes, so scoring a suspect
 * allocates nothing: a check costs a few table probes per character and stays linear in the text.
 */

const MAX_WORD = 4;
/** Characters on each side of a suspect that the segmentation comparison looks at. */
const SPAN = 4;
const WINDOW = 2 * SPAN + 1;
const BLANK = 0;

/** Open-addressing table of 1–4 UTF-16 code units → slot. */
class ShortTable {
  readonly chars: Uint16Array;
  readonly lens: Uint8Array;
  readonly mask: number;
  readonly shift: number;
  size = 0;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.chars = new Uint16Array((1 << bits) * MAX_WORD);
    this.lens = new Uint8Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  private hash(key: ArrayLike<number>, from: number, len: number): number {
    let h = len;
    for (let k = 0; k < len; k++) h = Math.imul(h ^ (key[from + k] as number), 0x9e3779b1);
    return (h ^ (h >>> 15)) >>> this.shift;
  }

  /** Slot of key[from, from+len), or -1. */
  find(key: ArrayLike<number>, from: number, len: number): number {
    const { chars, lens, mask } = this;
    for (let h = this.hash(key, from, len); ; h = (h + 1) & mask) {
      const l = lens[h] as number;
      if (l === 0) return -1;
      if (l !== len) continue;
      let k = 0;
      while (k < len && chars[h * MAX_WORD + k] === key[from + k]) k++;
      if (k === len) return h;
    }
  }

  /** Slot of the key, inserting it when absent. */
  insert(key: ArrayLike<number>, len: number): number {
    const { chars, lens, mask } = this;
    for (let h = this.hash(key, 0, len); ; h = (h + 1) & mask) {
      const l = lens[h] as number;
      if (l === 0) {
        lens[h] = len;
        for (let k = 0; k < len; k++) chars[h * MAX_WORD + k] = key[k] as number;
        this.size++;
        return h;
      }
      if (l !== len) continue;
      let k = 0;
      while (k < len && chars[h * MAX_WORD + k] === key[k]) k++;
      if (k === len) return h;
    }
  }
}

export interface TypoModel {
  /** Words of 1–4 characters: slot → log-probability and raw count. */
  words: ShortTable;
  logP: Float64Array;
  count: Float64Array;
  /** "word with one character blanked (code 0)" → the characters that complete it into a frequent word. */
  wildcard: ShortTable;
  fillStart: Int32Array;
  fillEnd: Int32Array;
  fills: Uint16Array;
  /** Confusion candidates of a character code: candidates[candStart[c] … candStart[c] + candLen[c]). */
  candStart: Int32Array;
  candLen: Uint16Array;
  candidates: Uint16Array;
  logTotal: number;
  threshold: number;
  coverFrequency: number;
  minCorrectionFrequency: number;
  knownWordMargin: number;
  /** Domain character bigrams/trigrams (folded) → occurrences in correct domain text. */
  attested: ShortTable;
  attestedCount: Float64Array;
  attestedMinCount: number;
  attestedMargin: number;
  /** Every dictionary word that makes its characters "covered" (not suspects), matched in one pass. */
  cover: Automaton;
}

const codesOf = (s: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
};

/**
 * Counts a domain word and a domain character get per occurrence in the correct domain text (jieba's
 * counts are corpus counts). Chosen by cross-validation on the ECSpell training splits (bench/textcheck.ts).
 */
export const DOMAIN_WORD_COUNT = 200;
export const DOMAIN_CHARACTER_COUNT = 60;

/**
 * The word counts the model uses: every word in folded form (the text is folded as it is read, so a
 * dictionary entry in traditional characters would never match), raised by the domain vocabulary.
 */
export function foldedFrequencies(input: TypoModelInput): Map<string, number> {
  const out = new Map<string, number>();
  const raise = (word: string, freq: number): void => {
    const w = fold(word);
    if (freq > (out.get(w) ?? 0)) out.set(w, freq);
  };
  for (const [word, freq] of input.frequencies) raise(word, freq);
  const perWord = input.domainWordCount ?? DOMAIN_WORD_COUNT;
  for (const [word, n] of input.domain?.words ?? []) raise(word, n * perWord);
  const perCharacter = input.domainCharacterCount ?? DOMAIN_CHARACTER_COUNT;
  for (const [ch, n] of input.domain?.characters ?? []) raise(ch, n * perCharacter);
  return out;
}

export function foldedConfusion(confusion: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ch, cands] of confusion) {
    const c = fold(ch);
    let next = out.get(c) ?? "";
    for (const x of fold(cands)) if (x !== c && !next.includes(x)) next += x;
    out.set(c, next);
  }
  return out;
}

export function compileTypoModel(input: TypoModelInput): TypoModel {
  const minFreq = input.minCorrectionFrequency ?? 50;
  const coverFrequency = input.coverFrequency ?? 200;
  const frequencies = foldedFrequencies(input);
  const confusion = foldedConfusion(input.confusion);
  const coverWords: string[] = [];
  // The words a blank can be filled into: each (word, position) is one fill of the key "word with that
  // position blanked". Built without strings in two passes over the same words (count, then place), so the
  // fills of a key keep the words' order.
  const fillable: string[] = [];
  let fillCount = 0;
  let total = 0;
  let short = 0;
  for (const [word, freq] of frequencies) {
    total += freq;
    if (word.length >= 1 && word.length <= MAX_WORD) short++;
    if (freq >= coverFrequency && word.length >= 2 && word.length <= MAX_WORD) coverWords.push(word);
    if (freq < minFreq || word.length < 2 || word.length > MAX_WORD) continue;
    fillable.push(word);
    fillCount += word.length;
  }
  const blankable = (word: string, k: number): boolean => {
    const ch = word[k] as string;
    return confusion.has(ch) || isHan(ch.charCodeAt(0));
  };
  const logTotal = Math.log(Math.max(input.totalCount ?? total, 1));

  const words = new ShortTable(short);
  const logP = new Float64Array(words.lens.length);
  const count = new Float64Array(words.lens.length);
  for (const [word, freq] of frequencies) {
    if (word.length < 1 || word.length > MAX_WORD) continue;
    const slot = words.insert(codesOf(word), word.length);
    logP[slot] = Math.log(freq) - logTotal;
    count[slot] = freq;
  }

  const wildcard = new ShortTable(fillCount);
  const fillStart = new Int32Array(wildcard.lens.length);
  const fillEnd = new Int32Array(wildcard.lens.length);
  const blanked = new Uint16Array(MAX_WORD);
  const slotOf = (word: string, k: number): number => {
    for (let q = 0; q < word.length; q++) blanked[q] = q === k ? BLANK : word.charCodeAt(q);
    return wildcard.insert(blanked, word.length);
  };
  // Pass 1: how many fills each key gets (counted in fillEnd).
  for (const word of fillable)
    for (let k = 0; k < word.length; k++) {
      if (!blankable(word, k)) continue;
      const slot = slotOf(word, k);
      fillEnd[slot] = (fillEnd[slot] as number) + 1;
    }
  let at = 0;
  for (let slot = 0; slot < fillEnd.length; slot++) {
    const n = fillEnd[slot] as number;
    fillStart[slot] = at;
    fillEnd[slot] = at;
    at += n;
  }
  // Pass 2: place the fills; fillEnd advances to its final value.
  const fills = new Uint16Array(at);
  for (const word of fillable)
    for (let k = 0; k < word.length; k++) {
      if (!blankable(word, k)) continue;
      const slot = slotOf(word, k);
      const next = fillEnd[slot] as number;
      fills[next] = word.charCodeAt(k);
      fillEnd[slot] = next + 1;
    }

  const candStart = new Int32Array(65536);
  const candLen = new Uint16Array(65536);
  let candSize = 0;
  for (const [ch, cands] of confusion) if (ch.length === 1) candSize += cands.length;
  const candidates = new Uint16Array(candSize);
  at = 0;
  for (const [ch, cands] of confusion) {
    if (ch.length !== 1) continue;
    const c = ch.charCodeAt(0);
    candStart[c] = at;
    candLen[c] = Math.min(cands.length, 65535);
    for (let k = 0; k < (candLen[c] as number); k++) candidates[at++] = cands.charCodeAt(k);
  }

  const ngrams = new Map<string, number>();
  for (const [g, n] of input.domain?.ngrams ?? []) {
    const f = fold(g);
    if (f.length >= 2 && f.length <= 3) ngrams.set(f, (ngrams.get(f) ?? 0) + n);
  }
  const attested = new ShortTable(ngrams.size);
  const attestedCount = new Float64Array(attested.lens.length);
  for (const [g, n] of ngrams) attestedCount[attested.insert(codesOf(g), g.length)] = n;

  return {
    words,
    logP,
    count,
    wildcard,
    fillStart,
    fillEnd,
    fills,
    candStart,
    candLen,
    candidates,
    logTotal,
    threshold: input.threshold ?? 6,
    coverFrequency,
    cover: buildAutomaton(coverWords),
    minCorrectionFrequency: minFreq,
    knownWordMargin: input.knownWordMargin ?? 4,
    attested,
    attestedCount,
    attestedMinCount: input.attestedMinCount ?? 2,
    attestedMargin: input.attestedMargin ?? Number.POSITIVE_INFINITY,
  };
}

/** Scratch buffers shared by every call (checks run synchronously, one at a time per thread). */
const win = new Uint16Array(WINDOW);
const key = new Uint16Array(MAX_WORD);
const viable = new Uint16Array(65536);
const best = new Float64Array(WINDOW + 1);
/** Candidate marks: stamp[c] === generation while c is a candidate of the current suspect. */
const stamp = new Uint32Array(65536);
let generation = 0;

/** Log-probability of each word win[s, s+l) of the original window (slot s * MAX_WORD + l - 1; NaN = none). */
const wordLogP = new Float64Array(WINDOW * MAX_WORD);
/** Best reading of the original window's prefixes; a swap at `mid` leaves best[0 … mid] unchanged. */
const originalBest = new Float64Array(WINDOW + 1);

function lookup(model: TypoModel, from: number, l: number, unknown: number): number {
  const slot = model.words.find(win, from, l);
  if (slot >= 0) return model.logP[slot] as number;
  return l === 1 ? unknown : Number.NaN;
}

/**
 * Log-probability of the most probable segmentation of win[0, len) into dictionary words (≤ 4).
 * With `mid` < 0 it reads the original window and fills the caches; otherwise win[mid] holds a swapped
 * character and only the words containing it are looked up again.
 */
function bestReading(model: TypoModel, len: number, mid: number, unknown: number): number {
  const original = mid < 0;
  const from = original ? 1 : mid + 1;
  if (original) originalBest[0] = 0;
  else for (let e = 0; e < from; e++) best[e] = originalBest[e] as number;
  const out = original ? originalBest : best;
  for (let e = from; e <= len; e++) {
    let top = -Infinity;
    for (let l = 1; l <= MAX_WORD && l <= e; l++) {
      // Never -Infinity: every single character has a probability, so every prefix has a reading.
      const prev = out[e - l] as number;
      const s = e - l;
      let lp: number;
      if (original) {
        lp = lookup(model, s, l, unknown);
        wordLogP[s * MAX_WORD + l - 1] = lp;
      } else if (s > mid) lp = wordLogP[s * MAX_WORD + l - 1] as number;
      else lp = lookup(model, s, l, unknown);
      if (Number.isNaN(lp)) continue;
      const v = prev + lp;
      if (v > top) top = v;
    }
    out[e] = top;
  }
  return out[len] as number;
}

/** True when a dictionary word of 2–4 characters (any frequency) inside the run [i, j) contains `at`. */
function inKnownWord(model: TypoModel, folded: Uint16Array, i: number, j: number, at: number): boolean {
  for (let a = Math.max(i, at - 3); a <= at; a++) {
    for (let b = Math.max(at + 1, a + 2); b <= Math.min(j, a + MAX_WORD); b++) {
      for (let k = a; k < b; k++) key[k - a] = folded[k] as number;
      if (model.words.find(key, 0, b - a) >= 0) return true;
    }
  }
  return false;
}

/** Occurrences of folded[from, from+len) in the domain text (0 when unknown). */
function attestedCount(model: TypoModel, folded: Uint16Array, from: number, len: number): number {
  const slot = model.attested.find(folded, from, len);
  return slot < 0 ? 0 : (model.attestedCount[slot] as number);
}

/**
 * True when correct domain text attests the suspect in its place: the trigram around it, or the bigram
 * with each neighbour it has inside the run [i, j).
 */
function attestedInDomain(model: TypoModel, folded: Uint16Array, i: number, j: number, at: number): boolean {
  if (model.attested.size === 0) return false;
  const min = model.attestedMinCount;
  const hasLeft = at - 1 >= i;
  const hasRight = at + 1 < j;
  if (hasLeft && hasRight && attestedCount(model, folded, at - 1, 3) >= min) return true;
  if (hasLeft && attestedCount(model, folded, at - 1, 2) < min) return false;
  if (hasRight && attestedCount(model, folded, at, 2) < min) return false;
  return true;
}

/**
 * Flags suspect characters of `text`. Characters are folded through `foldTable` as they are read (the
 * positions stay those of the original text); the explanation quotes the folded form the model saw.
 */
export function detectTypos(
  text: string,
  foldTable: Uint16Array,
  model: TypoModel,
  push: (f: Finding) => void,
  limit: number,
): void {
  const { words, count, wildcard, fillStart, fillEnd, fills, candStart, candLen, candidates, threshold } =
    model;
  const minCount = model.minCorrectionFrequency;
  const knownMargin = model.knownWordMargin;
  const unknown = -model.logTotal - 2;
  const n = text.length;
  const folded = new Uint16Array(n);
  for (let k = 0; k < n; k++) folded[k] = foldTable[text.charCodeAt(k)] as number;
  const coverage = new Uint8Array(n);
  const matches = scan(model.cover, text, newMatchBuffer(1024), Number.MAX_SAFE_INTEGER);
  for (let k = 0; k < matches.count; k++) {
    if (matches.skipped[k] === 0) coverage.fill(1, matches.start[k] as number, matches.end[k] as number);
  }
  const quote = (from: number, to: number): string => String.fromCharCode(...folded.subarray(from, to));
  let found = 0;
  let i = 0;
  while (i < n) {
    if (!isHan(folded[i] as number)) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isHan(folded[j] as number)) j++;
    // Run [i, j) of Han characters; a lone character has no neighbour to judge it by.
    if (j - i >= 2) {
      for (let at = i; at < j; at++) {
        if (coverage[at] === 1) continue;
        const ch = folded[at] as number;
        const nCand = candLen[ch] as number;
        if (nCand === 0) continue;
        generation = (generation + 1) >>> 0 || 1;
        if (generation === 1) stamp.fill(0);
        const c0 = candStart[ch] as number;
        for (let k = 0; k < nCand; k++) stamp[candidates[c0 + k] as number] = generation;
        // The neighbourhood the two readings are compared on, with the suspect at `mid`.
        const lo = Math.max(i, at - SPAN);
        const hi = Math.min(j, at + SPAN + 1);
        const len = hi - lo;
        const mid = at - lo;
        for (let k = 0; k < len; k++) win[k] = folded[lo + k] as number;
        let original = Number.NaN;
        let bestGain = -Infinity;
        let bestFill = -1;
        let bestA = 0;
        let bestB = 0;
        for (let a = Math.max(i, at - 3); a <= at; a++) {
          for (let b = at + 1; b <= Math.min(j, a + MAX_WORD); b++) {
            if (b - a < 2) continue;
            for (let k = a; k < b; k++) key[k - a] = k === at ? BLANK : (folded[k] as number);
            const slot = wildcard.find(key, 0, b - a);
            if (slot < 0) continue;
            // Intersect the completions with the confusion candidates, walking the shorter side.
            let nViable = 0;
            const f0 = fillStart[slot] as number;
            const f1 = fillEnd[slot] as number;
            if (f1 - f0 <= nCand) {
              for (let f = f0; f < f1; f++) {
                const fill = fills[f] as number;
                if (fill !== ch && stamp[fill] === generation) viable[nViable++] = fill;
              }
            } else {
              for (let k = 0; k < nCand; k++) {
                const fill = candidates[c0 + k] as number;
                key[at - a] = fill;
                const w = words.find(key, 0, b - a);
                if (w >= 0 && (count[w] as number) >= minCount) viable[nViable++] = fill;
              }
            }
            for (let v = 0; v < nViable; v++) {
              const fill = viable[v] as number;
              // Compare the best reading of the neighbourhood with and without the swap, so a swap that
              // breaks a neighbouring word pays for it.
              if (Number.isNaN(original)) original = bestReading(model, len, -1, unknown);
              win[mid] = fill;
              const gain = bestReading(model, len, mid, unknown) - original;
              win[mid] = ch;
              if (gain > bestGain) {
                bestGain = gain;
                bestFill = fill;
                bestA = a;
                bestB = b;
              }
            }
          }
        }
        if (
          bestFill >= 0 &&
          bestGain >= threshold &&
          (knownMargin === 0 ||
            bestGain >= threshold + knownMargin ||
            !inKnownWord(model, folded, i, j, at)) &&
          (bestGain >= threshold + model.attestedMargin || !attestedInDomain(model, folded, i, j, at))
        ) {
          const fill = String.fromCharCode(bestFill);
          push({
            start: at,
            end: at + 1,
            text: text[at] as string,
            category: "typo",
            severity: "warn",
            suggestion: fill,
            ruleId: "typo.statistical",
            explanation: `“${quote(bestA, bestB)}”疑为“${quote(bestA, at)}${fill}${quote(at + 1, bestB)}”之误。`,
          });
          if (++found >= limit) return;
        }
      }
    }
    i = j;
  }
}
