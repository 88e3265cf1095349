import type { Severity } from "@jiyue/textcheck";
import type { CheckOverrideRow } from "./textcheck.sql";

/** A finding as the graph and the table show it: the engine's finding plus a stable key and the field. */
export interface StoredFinding {
  /** Stable across re-checks of the same revision: field, rule, text and occurrence. */
  key: string;
  field: "title" | "body";
  start: number;
  end: number;
  htmlStart: number | null;
  htmlEnd: number | null;
  text: string;
  category: string;
  severity: Severity;
  suggestion: string | null;
  ruleId: string;
  explanation: string;
}

export interface CheckResultModel {
  lexiconVersion: number;
  findings: (StoredFinding & { override: CheckOverrideRow | null })[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
  /** Block-level findings neither fixed nor overridden. */
  unresolvedBlockCount: number;
  overrides: CheckOverrideRow[];
  checkedAt: Date;
}

export interface TextCheckModel {
  lexiconVersion: number;
  text: string;
  findings: StoredFinding[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
}
