import type { StoredFinding } from "@jiyue/textcheck/runtime";
import type { CheckOverrideRow } from "./textcheck.sql";

export type { StoredFinding, TextCheckModel } from "@jiyue/textcheck/runtime";

export interface CheckResultModel {
  lexiconVersion: number;
  findings: (StoredFinding & { override: CheckOverrideRow | null; ignore: CheckOverrideRow | null })[];
  blockCount: number;
  warnCount: number;
  hintCount: number;
  /** Block-level findings neither fixed nor overridden. */
  unresolvedBlockCount: number;
  overrides: CheckOverrideRow[];
  /** Warnings and hints the editor ignored, with the reason (for reviewers). */
  ignores: CheckOverrideRow[];
  checkedAt: Date;
}
