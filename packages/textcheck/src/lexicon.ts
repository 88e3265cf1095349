import { type Automaton, buildAutomaton, MAX_TERM_LENGTH } from "./automaton";
import { DEFAULT_ENTRIES, DEFAULT_PATTERNS } from "./defaults";
import { nameVariants } from "./names";
import { normalizeTerm } from "./normalize";
import { type CompiledPattern, compilePatterns } from "./rules";
import type { LexiconEntry, PatternRule, ProtectedName, TypoModelInput } from "./types";
import { compileTypoModel, type TypoModel } from "./typo";

export interface CompileOptions {
  /** Regular-expression rules (wording, numbers …) in addition to the defaults. */
  patterns?: readonly PatternRule[];
  protectedNames?: readonly ProtectedName[];
  /** Confusion sets for protected-name near misses; defaults to the typo model's confusion sets. */
  nameConfusion?: ReadonlyMap<string, string>;
  typoModel?: TypoModelInput;
  /** An already compiled typo model, shared by every lexicon of the process (takes precedence over typoModel). */
  compiledTypo?: TypoModel;
  /** Include the package's starter entries and rules (default true). */
  defaults?: boolean;
}

export interface CompiledLexicon {
  readonly entries: readonly LexiconEntry[];
  readonly automaton: Automaton;
  /** First entry index of each pattern id, then chained through nextEntry (-1 ends). */
  readonly firstEntry: Int32Array;
  readonly nextEntry: Int32Array;
  /** For name near-miss entries: the protected name they resemble. */
  readonly protectedNameOf: ReadonlyMap<number, ProtectedName>;
  readonly protectedNames: readonly ProtectedName[];
  readonly patterns: readonly CompiledPattern[];
  readonly typo: TypoModel | undefined;
  /** Entries that could not be used (empty after normalisation, or too long). */
  readonly rejected: readonly LexiconEntry[];
}

export function compileLexicon(
  entries: readonly LexiconEntry[],
  options: CompileOptions = {},
): CompiledLexicon {
  const useDefaults = options.defaults ?? true;
  const all: LexiconEntry[] = [...(useDefaults ? DEFAULT_ENTRIES : []), ...entries];
  const protectedNames = options.protectedNames ?? [];
  const protectedNameOf = new Map<number, ProtectedName>();
  const confusion = options.nameConfusion ?? options.typoModel?.confusion ?? new Map<string, string>();
  const exactNames = new Set(protectedNames.map((p) => p.name));
  for (const v of nameVariants(protectedNames, confusion, confusion)) {
    // A variant that is itself a protected name (two real people) is not a near miss.
    if (exactNames.has(v.entry.term)) continue;
    protectedNameOf.set(all.length, v.protectedName);
    all.push(v.entry);
  }

  const patternIds = new Map<string, number>();
  const terms: string[] = [];
  const entryPattern = new Int32Array(all.length).fill(-1);
  const rejected: LexiconEntry[] = [];
  for (let e = 0; e < all.length; e++) {
    const entry = all[e] as LexiconEntry;
    const term = normalizeTerm(entry.term);
    // A pair whose two sides fold to the same text (traditional → simplified) would flag the right form.
    const selfFolding = entry.suggestion !== undefined && normalizeTerm(entry.suggestion) === term;
    if (term.length === 0 || term.length > MAX_TERM_LENGTH || selfFolding) {
      rejected.push(all[e] as LexiconEntry);
      continue;
    }
    let p = patternIds.get(term);
    if (p === undefined) {
      p = terms.length;
      patternIds.set(term, p);
      terms.push(term);
    }
    entryPattern[e] = p;
  }
  const automaton = buildAutomaton(terms);
  const firstEntry = new Int32Array(terms.length).fill(-1);
  const nextEntry = new Int32Array(all.length).fill(-1);
  for (let e = all.length - 1; e >= 0; e--) {
    const p = entryPattern[e] as number;
    if (p < 0) continue;
    nextEntry[e] = firstEntry[p] as number;
    firstEntry[p] = e;
  }
  return {
    entries: all,
    automaton,
    firstEntry,
    nextEntry,
    protectedNameOf,
    protectedNames,
    patterns: compilePatterns([...(useDefaults ? DEFAULT_PATTERNS : []), ...(options.patterns ?? [])]),
    typo:
      options.compiledTypo ??
      (options.typoModel === undefined ? undefined : compileTypoModel(options.typoModel)),
    rejected,
  };
}
