import { type Automaton, buildAutomaton, newMatchBuffer, scan } from "./automaton";
import { isHan } from "./normalize";
import type { Finding, TypoModelInput } from "./types";

/**
 * Statistical typo detector (noisy channel, precision first). A Han character is a suspect only when no
 * dictionary word of 2–4 characters covers it; it is flagged when swapping it for one of its confusion
 * candidates forms a frequent word whose probability beats the original characters read one by one by
 * `threshold` (natural log).
 */

export interface TypoModel {
  frequencies: ReadonlyMap<string, number>;
  confusion: ReadonlyMap<string, string>;
  /** "word with one character blanked" → characters that complete it into a frequent word. */
  wildcard: Map<string, string>;
  logTotal: number;
  threshold: number;
  coverFrequency: number;
  minCorrectionFrequency: number;
  candidateSets: Map<string, Set<string>>;
  /** Every dictionary word that makes its characters "covered" (not suspects), matched in one pass. */
  cover: Automaton;
}

const BLANK = "\u0000";
/** Characters on each side of a suspect that the segmentation comparison looks at. */
const SPAN = 4;

/** Log-probability of the most probable segmentation of a short string into dictionary words (≤ 4). */
function bestReading(s: string, logP: (w: string) => number): number {
  const best = new Float64Array(s.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let e = 1; e <= s.length; e++) {
    for (let len = 1; len <= 4 && len <= e; len++) {
      const prev = best[e - len] as number;
      if (prev === -Infinity) continue;
      const w = s.slice(e - len, e);
      const lp = len === 1 ? logP(w) : logPWord(w, logP);
      if (lp === -Infinity) continue;
      const v = prev + lp;
      if (v > (best[e] as number)) best[e] = v;
    }
  }
  return best[s.length] as number;
}

function logPWord(w: string, logP: (w: string) => number): number {
  const v = logP(w);
  return v === UNKNOWN ? -Infinity : v;
}

let UNKNOWN = Number.NaN;

export function compileTypoModel(input: TypoModelInput): TypoModel {
  const minFreq = input.minCorrectionFrequency ?? 50;
  const wildcard = new Map<string, string>();
  let total = 0;
  const coverFrequency = input.coverFrequency ?? 200;
  const coverWords: string[] = [];
  for (const [word, freq] of input.frequencies) {
    total += freq;
    if (freq >= coverFrequency && word.length >= 2 && word.length <= 4) coverWords.push(word);
    if (freq < minFreq || word.length < 2 || word.length > 4) continue;
    for (let k = 0; k < word.length; k++) {
      const ch = word[k] as string;
      if (!input.confusion.has(ch) && !isHan(ch.charCodeAt(0))) continue;
      const key = word.slice(0, k) + BLANK + word.slice(k + 1);
      wildcard.set(key, (wildcard.get(key) ?? "") + ch);
    }
  }
  return {
    frequencies: input.frequencies,
    confusion: input.confusion,
    wildcard,
    logTotal: Math.log(Math.max(total, 1)),
    threshold: input.threshold ?? 6,
    coverFrequency,
    cover: buildAutomaton(coverWords),
    minCorrectionFrequency: minFreq,
    candidateSets: new Map(),
  };
}

export function detectTypos(text: string, model: TypoModel, push: (f: Finding) => void, limit: number): void {
  const { frequencies, confusion, wildcard, logTotal, threshold, minCorrectionFrequency } = model;
  const coverage = new Uint8Array(text.length);
  const words = scan(model.cover, text, newMatchBuffer(1024), Number.MAX_SAFE_INTEGER);
  for (let k = 0; k < words.count; k++) {
    if (words.skipped[k] === 0) coverage.fill(1, words.start[k] as number, words.end[k] as number);
  }
  const sets = model.candidateSets;
  const candidateSet = (ch: string, candidates: string): Set<string> => {
    let set = sets.get(ch);
    if (set === undefined) {
      set = new Set(candidates);
      sets.set(ch, set);
    }
    return set;
  };
  UNKNOWN = -logTotal - 2;
  const logP = (w: string): number => {
    const f = frequencies.get(w);
    return f === undefined ? UNKNOWN : Math.log(f) - logTotal;
  };
  let found = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isHan(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isHan(text.charCodeAt(j))) j++;
    // Run [i, j) of Han characters.
    const runLen = j - i;
    if (runLen >= 2) {
      for (let p = 0; p < runLen; p++) {
        if (coverage[i + p] === 1) continue;
        const at = i + p;
        const ch = text[at] as string;
        const candidates = confusion.get(ch);
        if (candidates === undefined) continue;
        let best: { gain: number; word: string; a: number; b: number; fill: string } | undefined;
        let original: number | undefined;
        const lo = Math.max(0, p - SPAN);
        const hi = Math.min(runLen, p + SPAN + 1);
        for (let a = Math.max(0, p - 3); a <= p; a++) {
          for (let b = p + 1; b <= Math.min(runLen, a + 4); b++) {
            if (b - a < 2) continue;
            const key = text.slice(i + a, at) + BLANK + text.slice(at + 1, i + b);
            const fills = wildcard.get(key);
            if (fills === undefined) continue;
            // Intersect the completions with the confusion candidates, walking the shorter side.
            const viable: string[] = [];
            if (fills.length <= candidates.length) {
              for (const fill of fills)
                if (fill !== ch && candidateSet(ch, candidates).has(fill)) viable.push(fill);
            } else {
              const left = text.slice(i + a, at);
              const right = text.slice(at + 1, i + b);
              for (const fill of candidates)
                if ((frequencies.get(left + fill + right) ?? 0) >= minCorrectionFrequency) viable.push(fill);
            }
            for (const fill of viable) {
              // Compare the best reading of the neighbourhood with and without the swap, so a swap that
              // breaks a neighbouring word pays for it.
              original ??= bestReading(text.slice(i + lo, i + hi), logP);
              const swapped = text.slice(i + lo, at) + fill + text.slice(at + 1, i + hi);
              const gain = bestReading(swapped, logP) - original;
              if (best === undefined || gain > best.gain)
                best = { gain, word: key.replace(BLANK, fill), a, b, fill };
            }
          }
        }
        if (best !== undefined && best.gain >= threshold) {
          push({
            start: at,
            end: at + 1,
            text: ch,
            category: "typo",
            severity: "warn",
            suggestion: best.fill,
            ruleId: "typo.statistical",
            explanation: `“${text.slice(i + best.a, i + best.b)}”疑为“${best.word}”之误。`,
          });
          if (++found >= limit) return;
        }
      }
    }
    i = j;
  }
}
