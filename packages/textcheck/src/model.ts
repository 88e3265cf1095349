// The statistical typo model as it ships: one brotli-compressed JSON file (`data/typo-model.json.br`, built
// by `pnpm textcheck:model` from the public data in ../shared/data/textcheck/) holding only what the detector
// consults — folded word counts of 1–4 characters, the confusion sets, the domain character bi-/trigrams —
// plus the confusion pairs the training data kept. Decoding it gives the engine's plain inputs.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import type { LexiconEntry, TypoModelInput } from "./types";

export const TYPO_MODEL_FORMAT = 1;
export const TYPO_MODEL_FILE = path.resolve(import.meta.dirname, "../data/typo-model.json.br");

/** The tuned parameters the model is shipped with (chosen in bench/textcheck.ts on the training splits). */
export interface TypoModelParams {
  threshold: number;
  coverFrequency: number;
  minCorrectionFrequency: number;
  knownWordMargin: number;
  attestedMinCount: number;
}

/** A confusion pair as the model ships it (warn-level typo entry). */
export interface ModelPair {
  wrong: string;
  right: string;
}

interface TypoModelFile {
  format: typeof TYPO_MODEL_FORMAT;
  builtAt: string;
  /** Source files and their licences (the NOTICE next to the file says the same). */
  sources: string[];
  params: TypoModelParams;
  /** Sum of every corpus count, including the words longer than 4 characters that are not listed. */
  totalCount: number;
  /** "word<TAB>count" lines, folded forms, 1–4 characters. */
  words: string;
  /** "character<TAB>candidates" lines, folded. */
  confusion: string;
  /** "ngram<TAB>count" lines: character bi-/trigrams of correct domain text. */
  ngrams: string;
  /** "wrong<TAB>right" lines. */
  pairs: string;
}

export interface TypoModelData {
  params: TypoModelParams;
  totalCount: number;
  words: ReadonlyMap<string, number>;
  confusion: ReadonlyMap<string, string>;
  ngrams: ReadonlyMap<string, number>;
  pairs: readonly ModelPair[];
  sources: readonly string[];
  builtAt: string;
}

const lines = <T>(m: Iterable<[string, T]>): string =>
  [...m]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}\t${v}`)
    .join("\n");

function* pairsOf(text: string): Generator<[string, string]> {
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const tab = text.indexOf("\t", at);
    if (tab > at && tab < end) yield [text.slice(at, tab), text.slice(tab + 1, end)];
    at = end + 1;
  }
}

const counts = (text: string): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [k, v] of pairsOf(text)) out.set(k, Number(v));
  return out;
};

export function encodeTypoModel(data: TypoModelData): Buffer {
  const file: TypoModelFile = {
    format: TYPO_MODEL_FORMAT,
    builtAt: data.builtAt,
    sources: [...data.sources],
    params: data.params,
    totalCount: data.totalCount,
    words: lines(data.words),
    confusion: lines(data.confusion),
    ngrams: lines(data.ngrams),
    pairs: lines(data.pairs.map((p): [string, string] => [p.wrong, p.right])),
  };
  return brotliCompressSync(Buffer.from(JSON.stringify(file)), {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

export function decodeTypoModel(compressed: Uint8Array): TypoModelData {
  const file = JSON.parse(brotliDecompressSync(compressed).toString("utf8")) as TypoModelFile;
  if (file.format !== TYPO_MODEL_FORMAT) throw new Error(`typo model format ${file.format} is not supported`);
  return {
    params: file.params,
    totalCount: file.totalCount,
    words: counts(file.words),
    confusion: new Map(pairsOf(file.confusion)),
    ngrams: counts(file.ngrams),
    pairs: [...pairsOf(file.pairs)].map(([wrong, right]) => ({ wrong, right })),
    sources: file.sources,
    builtAt: file.builtAt,
  };
}

/** The engine's inputs: the typo model (domain already merged into the counts) and the pairs as entries. */
export function typoModelInputs(data: TypoModelData): { typoModel: TypoModelInput; pairs: LexiconEntry[] } {
  return {
    typoModel: {
      confusion: data.confusion,
      frequencies: data.words,
      totalCount: data.totalCount,
      domain: { words: new Map(), characters: new Map(), ngrams: data.ngrams },
      ...data.params,
    },
    pairs: data.pairs.map(({ wrong, right }) => ({
      id: `typo-pair.${wrong}`,
      term: wrong,
      category: "typo",
      severity: "warn",
      suggestion: right,
      explanation: `“${wrong}”疑为“${right}”之误。`,
      source: "pycorrector custom_confusion (Apache-2.0)",
    })),
  };
}

/** Reads the shipped model; undefined when the file is absent (e.g. a checkout without the data folder). */
export function readTypoModel(file: string = TYPO_MODEL_FILE): TypoModelData | undefined {
  if (!existsSync(file)) return undefined;
  return decodeTypoModel(readFileSync(file));
}
