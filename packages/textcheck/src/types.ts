export type Severity = "block" | "warn" | "hint";

export type Category =
  | "sensitive"
  | "typo"
  | "wording"
  | "name"
  | "punctuation"
  | "date"
  | "number"
  | "accessibility"
  | (string & {});

/** One lexicon entry as the lexicon service stores it. */
export interface LexiconEntry {
  id: string;
  term: string;
  category: Category;
  severity: Severity;
  suggestion?: string;
  explanation?: string;
  source?: string;
}

/** A rule expressed as a regular expression (data, not code): for formulations a fixed term cannot express. */
export interface PatternRule {
  id: string;
  /** JavaScript regular-expression source, matched with the `g` and `u` flags against the plain text. */
  pattern: string;
  category: Category;
  severity: Severity;
  /** Replacement template: `$1`… refer to the pattern's groups; `{cn:1}` writes group 1 in Chinese numerals. */
  suggestion?: string;
  explanation: string;
  source?: string;
}

/** A protected name: exact spelling is right; a one-character homophone or look-alike is a near miss. */
export interface ProtectedName {
  id: string;
  name: string;
  /** Titles that make a near miss block-level when they stand next to it (e.g. 市委书记). */
  titles: string[];
}

/** Statistical typo model input: all data, loaded by the caller. */
export interface TypoModelInput {
  /** Character → candidate characters it is often confused with (same pinyin, similar shape). */
  confusion: ReadonlyMap<string, string>;
  /** Word (1–4 characters) → corpus count. Single characters should be present too. */
  frequencies: ReadonlyMap<string, number>;
  /**
   * Sum of all corpus counts, when `frequencies` lists only part of the corpus (e.g. a compact model keeps
   * the words of 1–4 characters); default: the sum of `frequencies`.
   */
  totalCount?: number;
  /** Only words at least this frequent are proposed as corrections (default 50). */
  minCorrectionFrequency?: number;
  /** Log-probability gain needed to flag a character (default 6; higher = fewer, surer findings). */
  threshold?: number;
  /** A character inside a dictionary word at least this frequent is never a suspect (default 200). */
  coverFrequency?: number;
  /**
   * Extra gain needed when the suspect already sits inside a dictionary word of any frequency (a rare but
   * real word is more often right than wrong). Default 4; 0 turns it off.
   */
  knownWordMargin?: number;
  /**
   * What correct text of the deployment's own domain says (e.g. learned with `learnDomain` from published
   * articles or the correct side of a spelling corpus): its words count as dictionary words, and a
   * character whose neighbourhood that text attests is not "corrected" into a general-language word.
   */
  domain?: DomainVocabulary;
  /** Count a domain word gets per occurrence in the domain text (default 200). */
  domainWordCount?: number;
  /**
   * Count a character gets per occurrence in the domain text (default 60): characters frequent in the
   * domain (肾, 炎 in medicine) become likelier on their own, so a swap has to gain more to beat them.
   */
  domainCharacterCount?: number;
  /** A domain bigram/trigram attests a character when it occurred at least this often (default 2). */
  attestedMinCount?: number;
  /** Extra gain needed to flag a character the domain text attests in place (default: never flag it). */
  attestedMargin?: number;
}

/** Vocabulary learned from text known to be correct (all counts are occurrences in that text). */
export interface DomainVocabulary {
  /** Words of 2–4 Han characters (jieba with HMM, so unseen domain words come out whole) → occurrences. */
  words: ReadonlyMap<string, number>;
  /** Han character bigrams and trigrams → occurrences. */
  ngrams: ReadonlyMap<string, number>;
  /** Han characters → occurrences. */
  characters: ReadonlyMap<string, number>;
}

export interface Finding {
  start: number;
  end: number;
  text: string;
  category: Category;
  severity: Severity;
  suggestion?: string;
  ruleId: string;
  explanation: string;
  /** For HTML input: the matching range in the HTML source. */
  htmlStart?: number;
  htmlEnd?: number;
}

export interface CheckInput {
  text?: string;
  html?: string;
  /** The article's own publish time: dates after it are flagged. */
  publishedAt?: Date;
}

export interface CheckOptions {
  /** Categories to run; default all. */
  categories?: readonly Category[];
  /** Stop after this many findings (pathological input). Default 5000. */
  maxFindings?: number;
}

export interface CheckResult {
  /** The plain text that finding positions refer to (the HTML's text for HTML input). */
  text: string;
  findings: Finding[];
}
