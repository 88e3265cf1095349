// The only place with SQL for check results and overrides.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../article/article.repository";
import { WorkflowRepository } from "../workflow/workflow.repository";
import { DEFAULT_STAGES } from "../workflow/workflow.types";
import {
  type CheckOverrideRow,
  type CheckResultRow,
  checkOverrides,
  checkResults,
  type NewCheckOverrideRow,
} from "./textcheck.sql";

export class TextCheckRepository {
  constructor(private readonly db: Executor) {}

  /** One stored result per revision: a later check (e.g. a re-submit) replaces it. */
  async saveResult(row: Omit<CheckResultRow, "id" | "checkedAt">): Promise<void> {
    await this.db
      .insert(checkResults)
      .values(row)
      .onConflictDoUpdate({
        target: checkResults.revisionId,
        set: {
          lexiconVersion: row.lexiconVersion,
          findings: row.findings,
          blockCount: row.blockCount,
          warnCount: row.warnCount,
          hintCount: row.hintCount,
          checkedAt: new Date(),
        },
      });
  }

  async resultOf(revisionId: string): Promise<CheckResultRow | undefined> {
    const [row] = await this.db.select().from(checkResults).where(eq(checkResults.revisionId, revisionId));
    return row;
  }

  /** Overrides and ignores of the revisions (see the row's kind). */
  setAsideOf(revisionIds: readonly string[]): Promise<CheckOverrideRow[]> {
    return this.db
      .select()
      .from(checkOverrides)
      .where(inArray(checkOverrides.revisionId, [...revisionIds]))
      .orderBy(asc(checkOverrides.createdAt));
  }

  /** The block-level findings accepted for the revisions (what the publish gate lets pass). */
  async overridesOf(revisionIds: readonly string[]): Promise<CheckOverrideRow[]> {
    return (await this.setAsideOf(revisionIds)).filter((row) => row.kind === "override");
  }

  async insertOverrides(rows: NewCheckOverrideRow[]): Promise<CheckOverrideRow[]> {
    if (rows.length === 0) return [];
    return this.db.insert(checkOverrides).values(rows).onConflictDoNothing().returning();
  }

  async hasOverride(revisionId: string, key: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: checkOverrides.id })
      .from(checkOverrides)
      .where(and(eq(checkOverrides.revisionId, revisionId), eq(checkOverrides.findingKey, key)));
    return rows.length > 0;
  }

  /** How many review stages the site has (its own definition or the default three). */
  async stageCount(siteId: string): Promise<number> {
    const stages = await new WorkflowRepository(this.db).stagesOf([siteId]);
    return stages.length > 0 ? stages.length : DEFAULT_STAGES.length;
  }
}
