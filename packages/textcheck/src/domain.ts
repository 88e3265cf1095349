import { check } from "./check";
import { compileLexicon } from "./lexicon";
import { cutWords } from "./segment";
import type { DomainVocabulary, LexiconEntry } from "./types";

/** How often a word or an n-gram must occur in the text to be kept by `learnDomain`. */
export interface LearnDomainOptions {
  /** Default 1: correct text is correct, a word seen once is a real word of the domain. */
  minWordCount?: number;
  /** Default 2: a character pair seen once may be chance. */
  minNgramCount?: number;
}

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_WORD = /^\p{Script=Han}+$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;

/**
 * Learns a domain vocabulary from sentences known to be correct (a city's published articles, the correct
 * side of a spelling corpus): jieba's words of 2–4 Han characters, the Han character bigrams and trigrams
 * and the characters, with their counts. Pure: the caller reads the text.
 */
export function learnDomain(sentences: Iterable<string>, options: LearnDomainOptions = {}): DomainVocabulary {
  const minWord = options.minWordCount ?? 1;
  const minNgram = options.minNgramCount ?? 2;
  const words = new Map<string, number>();
  const ngrams = new Map<string, number>();
  const characters = new Map<string, number>();
  const add = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  for (const sentence of sentences) {
    for (const w of cutWords(sentence)) if (w.length >= 2 && w.length <= 4 && HAN_WORD.test(w)) add(words, w);
    for (const run of sentence.match(HAN_RUN) ?? []) {
      for (let i = 0; i < run.length; i++) add(characters, run[i] as string);
      for (let l = 2; l <= 3; l++) for (let i = 0; i + l <= run.length; i++) add(ngrams, run.slice(i, i + l));
    }
  }
  const keep = (m: Map<string, number>, min: number): Map<string, number> =>
    min <= 1 ? m : new Map([...m].filter(([, n]) => n >= min));
  return { words: keep(words, minWord), ngrams: keep(ngrams, minNgram), characters };
}

/**
 * Adds the character confusions seen in real errors (wrong → right, aligned sentences of equal length, e.g.
 * the training side of a spelling corpus or an editor's accepted corrections) to confusion sets.
 */
export function learnConfusion(
  confusion: ReadonlyMap<string, string>,
  corrections: Iterable<{ wrong: string; right: string }>,
): Map<string, string> {
  const out = new Map(confusion);
  for (const { wrong, right } of corrections) {
    if (wrong.length !== right.length) continue;
    for (let i = 0; i < wrong.length; i++) {
      const w = wrong[i] as string;
      const r = right[i] as string;
      if (w === r || !HAN_CHAR.test(w) || !HAN_CHAR.test(r)) continue;
      const known = out.get(w) ?? "";
      if (!known.includes(r)) out.set(w, known + r);
    }
  }
  return out;
}

/**
 * Drops the confusion pairs (wrong → right entries) that fire on the correct side of `items` more often
 * than they mark a real error there (位于 → 为于, 下起 → 下去 …): what a deployment learns from its
 * training sentences before shipping a pair list.
 */
export function prunePairs(
  pairs: readonly LexiconEntry[],
  items: Iterable<{ wrong: string; right: string }>,
): LexiconEntry[] {
  const only = compileLexicon(pairs, { defaults: false });
  const balance = new Map<string, number>();
  const tally = (id: string, d: number): void => {
    balance.set(id, (balance.get(id) ?? 0) + d);
  };
  for (const it of items) {
    for (const f of check({ text: it.right }, only, { categories: ["typo"] }).findings) tally(f.ruleId, 1);
    if (it.wrong === it.right) continue;
    for (const f of check({ text: it.wrong }, only, { categories: ["typo"] }).findings) {
      let marksError = false;
      for (let i = f.start; i < f.end; i++) if (it.wrong[i] !== it.right[i]) marksError = true;
      if (marksError) tally(f.ruleId, -1);
    }
  }
  return pairs.filter((p) => (balance.get(p.id) ?? 0) <= 0);
}
