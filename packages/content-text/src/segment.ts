import { getJieba } from "./jieba";
import { foldFullWidth, isWordToken } from "./normalize";

/**
 * Every token jieba produces, whitespace and punctuation included, so that joining them gives back the
 * input exactly. The basis of the word diff.
 */
export function rawTokens(text: string): string[] {
  if (text === "") return [];
  return getJieba().cut(text, true);
}

/**
 * Chinese word segmentation: the words of `text`, in order, without punctuation or whitespace.
 * Latin words and numbers stay whole ("GPT-4", "3.5", "5G"); full-width letters and digits are folded first.
 */
export function segment(text: string): string[] {
  const folded = foldFullWidth(text);
  if (folded.trim() === "") return [];
  return getJieba().cut(folded, true).filter(isWordToken);
}

/**
 * Space-joined tokens for `to_tsvector('simple', …)`. Search mode also emits the shorter words inside long
 * ones (中华人民共和国 → 中华, 人民, 共和国 …), so a query for a part of a compound still matches.
 * Use the same function on the query text so both sides are segmented alike.
 */
export function searchTokens(text: string): string {
  const folded = foldFullWidth(text);
  if (folded.trim() === "") return "";
  return getJieba()
    .cutForSearch(folded, true)
    .filter(isWordToken)
    .map((token) => token.toLowerCase())
    .join(" ");
}

/**
 * The words of a search query for AND-ing in `to_tsquery('simple', …)`, lower-cased and de-duplicated.
 * A compound is replaced by the smaller dictionary words search mode finds inside it (生态环境 → 生态, 环境):
 * the text may segment the compound differently in context (生态/环境保护), but its search tokens still
 * contain the small words. Substrings that are not words at all are left to the pg_trgm index.
 */
export function searchQueryTokens(query: string): string[] {
  const folded = foldFullWidth(query);
  if (folded.trim() === "") return [];
  const tokens = [
    ...new Set(
      getJieba()
        .cutForSearch(folded, true)
        .filter(isWordToken)
        .map((token) => token.toLowerCase()),
    ),
  ];
  return tokens.filter((token) => !tokens.some((other) => other !== token && token.includes(other)));
}
