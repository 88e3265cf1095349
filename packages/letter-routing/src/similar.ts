import { extractKeywords } from "@jiyue/content-text";
import { type SparseVector, TfIdfVectorizer, tokenize } from "./features";

export interface CorpusLetter {
  id: string;
  /** Title and full text. */
  text: string;
}

export interface SimilarLetter {
  id: string;
  /** Cosine similarity of the TF-IDF vectors, 0–1. */
  similarity: number;
}

export interface SimilarOptions {
  /** Letters at or above this cosine similarity are flagged. */
  threshold?: number;
  limit?: number;
  /** Leave this letter out (the letter itself, when it is in the corpus). */
  excludeId?: string;
}

/** Near-duplicate threshold: over the 4,326 real letters of fujian3, pairs above it are almost all the same complaint (same estate, same issue); at 0.6 different estates with the same kind of problem start to appear. */
export const DUPLICATE_THRESHOLD = 0.65;

/**
 * Related letters (the same problem in other words: "南坪西路路灯不亮" / "路灯坏了好多天"): paraphrases of one
 * complaint score 0.15–0.35 against each other, unrelated letters under 0.05. The letter page lists letters
 * from here up, most similar first, so a dispatcher can merge what the wording hides; near-duplicates
 * (DUPLICATE_THRESHOLD) are marked as such.
 */
export const RELATED_THRESHOLD = 0.15;

/**
 * An index of letters for similarity look-ups: TF-IDF over jieba words and character bigrams fitted on the
 * corpus itself, with features found in more than a quarter of the letters dropped (in a corpus of 100 or more; a hot topic can fill a fifth of a month) (they say "a letter", not
 * what it is about), and an inverted index so a look-up touches only letters sharing a feature.
 */
export class LetterIndex {
  // Postings in one flat array per field (CSR): hundreds of thousands of small typed arrays are slow to make.
  private readonly offsets: Int32Array;
  private readonly postingDocs: Int32Array;
  private readonly postingValues: Float32Array;
  private readonly accumulator: Float64Array;

  private constructor(
    readonly letters: readonly CorpusLetter[],
    private readonly vectorizer: TfIdfVectorizer,
    readonly vectors: SparseVector[],
  ) {
    const offsets = new Int32Array(vectorizer.size + 1);
    for (const vector of vectors)
      for (const feature of vector.indices) offsets[feature + 1] = (offsets[feature + 1] as number) + 1;
    for (let f = 0; f < vectorizer.size; f++)
      offsets[f + 1] = (offsets[f + 1] as number) + (offsets[f] as number);
    const total = offsets[vectorizer.size] as number;
    this.postingDocs = new Int32Array(total);
    this.postingValues = new Float32Array(total);
    const filled = offsets.slice(0, vectorizer.size);
    vectors.forEach((vector, doc) => {
      vector.indices.forEach((feature, k) => {
        const at = filled[feature] as number;
        filled[feature] = at + 1;
        this.postingDocs[at] = doc;
        this.postingValues[at] = vector.values[k] as number;
      });
    });
    this.offsets = offsets;
    this.accumulator = new Float64Array(letters.length);
  }

  static build(letters: readonly CorpusLetter[]): LetterIndex {
    const tokens = letters.map((letter) => tokenize(letter.text));
    const vectorizer = TfIdfVectorizer.fit(tokens, {
      minDf: 1,
      maxFeatures: 500_000,
      maxDfRatio: letters.length >= 100 ? 0.25 : 1,
      sublinearTf: true,
    });
    return new LetterIndex(
      letters,
      vectorizer,
      tokens.map((t) => vectorizer.transform(t)),
    );
  }

  vectorize(text: string): SparseVector {
    return this.vectorizer.transform(tokenize(text));
  }

  /** Similarities of `vector` to every letter sharing a feature with it, keyed by position in the corpus. */
  scores(vector: SparseVector): Map<number, number> {
    const accumulator = this.accumulator;
    const touched: number[] = [];
    vector.indices.forEach((feature, k) => {
      const weight = vector.values[k] as number;
      const end = this.offsets[feature + 1] as number;
      for (let p = this.offsets[feature] as number; p < end; p++) {
        const doc = this.postingDocs[p] as number;
        if (accumulator[doc] === 0) touched.push(doc);
        accumulator[doc] = (accumulator[doc] as number) + weight * (this.postingValues[p] as number);
      }
    });
    const scores = new Map<number, number>();
    for (const doc of touched) {
      scores.set(doc, accumulator[doc] as number);
      accumulator[doc] = 0;
    }
    return scores;
  }

  similar(text: string, options: SimilarOptions = {}): SimilarLetter[] {
    const threshold = options.threshold ?? DUPLICATE_THRESHOLD;
    const out: SimilarLetter[] = [];
    for (const [doc, similarity] of this.scores(this.vectorize(text))) {
      const letter = this.letters[doc] as CorpusLetter;
      if (similarity >= threshold && letter.id !== options.excludeId) out.push({ id: letter.id, similarity });
    }
    out.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
    return out.slice(0, options.limit ?? 20);
  }
}

/** Letters of `corpus` that are near-duplicates of `text` (合并办理 candidates), most similar first. */
export function similarLetters(
  text: string,
  corpus: readonly CorpusLetter[],
  options: SimilarOptions = {},
): SimilarLetter[] {
  return LetterIndex.build(corpus).similar(text, options);
}

export interface DatedCorpusLetter extends CorpusLetter {
  title?: string;
  time: Date;
}

export interface HotTopicOptions {
  /** The end of the window; default now. */
  now?: Date;
  /** Window length in days. */
  days?: number;
  /** Two letters are on the same topic at or above this similarity. */
  threshold?: number;
  /** Clusters smaller than this are not topics. */
  minSize?: number;
  limit?: number;
}

export interface HotTopic {
  /** Words that characterise the topic (from the letters' titles). */
  keywords: string[];
  /** The title (or opening) of the letter most similar to the others. */
  label: string;
  count: number;
  ids: string[];
  first: Date;
  last: Date;
}

/**
 * Hot topics: the letters of the last `days` days grouped by similarity (single-link over pairs at or above
 * `threshold`), largest groups first.
 */
export function hotTopics(letters: readonly DatedCorpusLetter[], options: HotTopicOptions = {}): HotTopic[] {
  const now = options.now ?? new Date();
  const since = now.getTime() - (options.days ?? 30) * 86_400_000;
  const threshold = options.threshold ?? 0.3;
  const minSize = options.minSize ?? 2;
  const window = letters.filter((letter) => {
    const t = letter.time.getTime();
    return t > since && t <= now.getTime();
  });
  if (window.length === 0) return [];
  const index = LetterIndex.build(window);
  const parent = window.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const neighbourScore = new Float64Array(window.length);
  index.vectors.forEach((vector, i) => {
    for (const [j, similarity] of index.scores(vector)) {
      if (j <= i || similarity < threshold) continue;
      parent[find(i)] = find(j);
      neighbourScore[i] = (neighbourScore[i] as number) + similarity;
      neighbourScore[j] = (neighbourScore[j] as number) + similarity;
    }
  });
  const groups = new Map<number, number[]>();
  window.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()]
    .filter((members) => members.length >= minSize)
    .sort((a, b) => b.length - a.length)
    .slice(0, options.limit ?? 20)
    .map((members) => {
      const chosen = members.map((i) => window[i] as DatedCorpusLetter);
      const central = members.reduce((best, i) =>
        (neighbourScore[i] as number) > (neighbourScore[best] as number) ? i : best,
      );
      const centralLetter = window[central] as DatedCorpusLetter;
      const times = chosen.map((letter) => letter.time.getTime());
      return {
        keywords: extractKeywords(
          chosen.map((letter) => stripPlaceCodes(letter.title ?? letter.text.slice(0, 60))).join("\n"),
          5,
        ),
        label: centralLetter.title ?? [...centralLetter.text].slice(0, 40).join(""),
        count: chosen.length,
        ids: chosen.map((letter) => letter.id),
        first: new Date(Math.min(...times)),
        last: new Date(Math.max(...times)),
      };
    });
}

// "A市伊景园" segments as 市伊/景园: the anonymised place codes are dropped before picking keywords.
function stripPlaceCodes(text: string): string {
  return text.replace(/[A-Z]\d*(?:市|区|县)/g, " ");
}
