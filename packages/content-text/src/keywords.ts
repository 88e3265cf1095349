import { getJieba, getTfIdf } from "./jieba";
import { foldFullWidth, hasHan, isLatinToken, isNumberToken, isWordToken, stripUrls } from "./normalize";
import { isStopword } from "./stopwords";

export type WeightedTerm = { term: string; weight: number };

function isKeywordCandidate(term: string): boolean {
  if (!isWordToken(term) || isNumberToken(term) || isStopword(term)) return false;
  if ([...term].length < 2) return false;
  // Chinese words, or Latin words/acronyms (5G, APP, WTO); not leftover fragments like "19" or "th".
  return hasHan(term) || (isLatinToken(term) && /[a-z]/i.test(term));
}

/**
 * Content terms of `text` weighted by TF-IDF (jieba's IDF table), best first, without stopwords, numbers and
 * single characters. `limit` bounds the work on long texts.
 */
export function weightedTerms(text: string, limit = 200): WeightedTerm[] {
  const cleaned = foldFullWidth(stripUrls(text));
  if (cleaned.trim() === "") return [];
  // Ask jieba for more than needed: its own filter keeps numbers and Latin fragments that we drop.
  return getTfIdf()
    .extractKeywords(getJieba(), cleaned, limit + 20)
    .filter((keyword) => isKeywordCandidate(keyword.keyword))
    .slice(0, limit)
    .map((keyword) => ({ term: keyword.keyword, weight: keyword.weight }));
}

/** The `count` most characteristic words of `text` (TF-IDF over jieba tokens). */
export function extractKeywords(text: string, count = 5): string[] {
  if (count <= 0) return [];
  return weightedTerms(text, count).map((entry) => entry.term);
}
