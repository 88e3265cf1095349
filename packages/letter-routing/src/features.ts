import { segment } from "@jiyue/content-text";

// Anonymised place codes (A市, A1区, F市 …) and numbers say where, not what: they would teach the model
// that one district writes about one topic. They are folded to placeholders.
const PLACE_CODE = /^[A-Z]\d*(?:市|区|县|镇|乡|街道|小区)?$/;
const NUMBER = /^[\d.,:%/-]+$/;
const HAN_RUN = /\p{Script=Han}+/gu;

export interface TokenizeOptions {
  /** Character bigrams of every run of Chinese characters, besides the jieba words. */
  charBigrams: boolean;
}

export const DEFAULT_TOKENIZE: TokenizeOptions = { charBigrams: true };

/** The features of a letter: jieba words (lower-cased, place codes and numbers folded) and, optionally, "§"-prefixed character bigrams. */
export function tokenize(text: string, options: TokenizeOptions = DEFAULT_TOKENIZE): string[] {
  const out: string[] = [];
  for (const raw of segment(text)) {
    const word = raw.toLowerCase();
    if (PLACE_CODE.test(raw)) out.push("<地名>");
    else if (NUMBER.test(word)) out.push("<数>");
    else out.push(word);
  }
  if (options.charBigrams) {
    for (const run of text.match(HAN_RUN) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) out.push(`§${chars[i]}${chars[i + 1]}`);
    }
  }
  return out;
}

/** A sparse vector: parallel arrays of feature indices (ascending) and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export interface VectorizerOptions {
  /** A feature must occur in at least this many training documents. */
  minDf: number;
  /** Keep at most this many features (the most frequent by document frequency). */
  maxFeatures: number;
  /** Drop features found in more than this share of the documents (1 keeps all). */
  maxDfRatio?: number;
  /** 1 + log(tf) instead of raw counts: long letters repeat words without being more on topic. */
  sublinearTf: boolean;
}

export const DEFAULT_VECTORIZER: VectorizerOptions = { minDf: 2, maxFeatures: 200_000, sublinearTf: true };

export interface VectorizerState {
  vocabulary: string[];
  idf: number[];
  sublinearTf: boolean;
}

/** TF-IDF with smoothed IDF and L2-normalised rows, as in scikit-learn's TfidfVectorizer. */
export class TfIdfVectorizer {
  private readonly index: Map<string, number>;

  private constructor(
    readonly vocabulary: string[],
    readonly idf: Float64Array,
    readonly sublinearTf: boolean,
  ) {
    this.index = new Map(vocabulary.map((term, i) => [term, i]));
  }

  static fit(documents: string[][], options: VectorizerOptions = DEFAULT_VECTORIZER): TfIdfVectorizer {
    const df = new Map<string, number>();
    for (const tokens of documents) {
      for (const term of new Set(tokens)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    const maxDf = (options.maxDfRatio ?? 1) * documents.length;
    const kept = [...df.entries()]
      .filter(([, count]) => count >= options.minDf && count <= maxDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxFeatures);
    const n = documents.length;
    const idf = new Float64Array(kept.length);
    kept.forEach(([, count], i) => {
      idf[i] = Math.log((1 + n) / (1 + count)) + 1;
    });
    return new TfIdfVectorizer(
      kept.map(([term]) => term),
      idf,
      options.sublinearTf,
    );
  }

  static fromState(state: VectorizerState): TfIdfVectorizer {
    return new TfIdfVectorizer(state.vocabulary, Float64Array.from(state.idf), state.sublinearTf);
  }

  toState(): VectorizerState {
    return { vocabulary: this.vocabulary, idf: Array.from(this.idf), sublinearTf: this.sublinearTf };
  }

  get size(): number {
    return this.vocabulary.length;
  }

  transform(tokens: string[]): SparseVector {
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const i = this.index.get(token);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const values = new Float32Array(indices.length);
    let norm = 0;
    indices.forEach((i, k) => {
      const tf = counts.get(i) as number;
      const value = (this.sublinearTf ? 1 + Math.log(tf) : tf) * (this.idf[i] as number);
      values[k] = value;
      norm += value * value;
    });
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * scale;
    }
    return { indices, values };
  }
}

/** Dot product of two sparse vectors with ascending indices. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.indices.length && j < b.indices.length) {
    const left = a.indices[i] as number;
    const right = b.indices[j] as number;
    if (left === right) {
      sum += (a.values[i] as number) * (b.values[j] as number);
      i++;
      j++;
    } else if (left < right) i++;
    else j++;
  }
  return sum;
}
