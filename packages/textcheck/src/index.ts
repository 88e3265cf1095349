export { MAX_TERM_LENGTH } from "./automaton";
export { check, findMatches } from "./check";
export { DEFAULT_ENTRIES, DEFAULT_PATTERNS, LEADER_CONTEXT } from "./defaults";
export { type LearnDomainOptions, learnConfusion, learnDomain, prunePairs } from "./domain";
export { extractHtml } from "./html";
export { type CompiledLexicon, type CompileOptions, compileLexicon } from "./lexicon";
export { fold, normalizeTerm } from "./normalize";
export { chineseNumeral } from "./rules";
export { cutWords } from "./segment";
export type {
  Category,
  CheckInput,
  CheckOptions,
  CheckResult,
  DomainVocabulary,
  Finding,
  LexiconEntry,
  PatternRule,
  ProtectedName,
  Severity,
  TypoModelInput,
} from "./types";
export { foldedConfusion, foldedFrequencies } from "./typo";
