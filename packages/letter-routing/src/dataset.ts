import type { Example, LetterClassifier } from "./classifier";
import { seededRandom, shuffled } from "./random";

/** Whitespace does not make two letters different. */
export function normalizeForDedup(text: string): string {
  return text.replace(/\s+/g, "");
}

export interface DedupResult<T> {
  kept: T[];
  /** Copies dropped because the same text came earlier. */
  removed: number;
  /** Texts that appeared with more than one category (kept once, under the most frequent one). */
  conflicting: number;
}

/**
 * Removes exact duplicates (same text once whitespace is ignored), keeping the first copy; when copies
 * disagree on the category, the most frequent category wins (the earliest on a tie).
 */
export function dedupExamples<T extends Example>(examples: readonly T[]): DedupResult<T> {
  const groups = new Map<string, T[]>();
  for (const example of examples) {
    const key = normalizeForDedup(example.text);
    const group = groups.get(key);
    if (group) group.push(example);
    else groups.set(key, [example]);
  }
  const kept: T[] = [];
  let conflicting = 0;
  for (const group of groups.values()) {
    const first = group[0] as T;
    const counts = new Map<string, number>();
    for (const example of group) counts.set(example.category, (counts.get(example.category) ?? 0) + 1);
    if (counts.size > 1) conflicting++;
    let best = first.category;
    for (const [category, count] of counts) if (count > (counts.get(best) ?? 0)) best = category;
    kept.push(best === first.category ? first : { ...first, category: best });
  }
  return { kept, removed: examples.length - kept.length, conflicting };
}

export interface Split<T> {
  train: T[];
  test: T[];
}

/**
 * Stratified split with a fixed seed: each stratum (by default the category) gives `testFraction` of its
 * items (rounded) to `test`. The same input and seed always give the same split.
 */
export function stratifiedSplit<T extends { category: string }>(
  items: readonly T[],
  testFraction: number,
  seed: number,
  stratum: (item: T) => string = (item) => item.category,
): Split<T> {
  if (!(testFraction >= 0 && testFraction <= 1)) throw new Error("testFraction must be within 0–1");
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = stratum(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const random = seededRandom(seed);
  const train: T[] = [];
  const test: T[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = shuffled(groups.get(key) as T[], random);
    const n = Math.round(group.length * testFraction);
    test.push(...group.slice(0, n));
    train.push(...group.slice(n));
  }
  return { train, test };
}

export interface Accuracy {
  n: number;
  top1: number;
  top3: number;
}

export function evaluate(model: Pick<LetterClassifier, "predict">, examples: readonly Example[]): Accuracy {
  let top1 = 0;
  let top3 = 0;
  for (const example of examples) {
    const predictions = model.predict(example.text, 3);
    if (predictions[0]?.category === example.category) top1++;
    if (predictions.some((p) => p.category === example.category)) top3++;
  }
  const n = examples.length;
  return { n, top1: n ? top1 / n : 0, top3: n ? top3 / n : 0 };
}
