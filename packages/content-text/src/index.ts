export { type DiffPart, wordDiff } from "./diff";
export { htmlToText } from "./html";
export { extractKeywords, type WeightedTerm, weightedTerms } from "./keywords";
export {
  containsPersonalData,
  findPersonalData,
  maskPersonalData,
  type PersonalDataKind,
  type PersonalDataOptions,
  type PersonalDataSpan,
} from "./privacy";
export { searchQueryTokens, searchTokens, segment } from "./segment";
export { hammingDistance, isNearDuplicate, simhash } from "./simhash";
export { splitSentences, summarize } from "./summary";
