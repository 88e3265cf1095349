// The only place with SQL for review transitions and workflow definitions.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../article/article.repository";
import {
  type NewReviewTransitionRow,
  type ReviewTransitionRow,
  reviewTransitions,
  type WorkflowStageRow,
  workflowStages,
} from "./workflow.sql";

export class WorkflowRepository {
  constructor(private readonly db: Executor) {}

  async record(row: NewReviewTransitionRow): Promise<ReviewTransitionRow> {
    const [inserted] = await this.db.insert(reviewTransitions).values(row).returning();
    if (!inserted) throw new Error("transition insert returned nothing");
    return inserted;
  }

  transitionsOf(articleIds: readonly string[]): Promise<ReviewTransitionRow[]> {
    return this.db
      .select()
      .from(reviewTransitions)
      .where(inArray(reviewTransitions.articleId, [...articleIds]))
      .orderBy(asc(reviewTransitions.at), asc(reviewTransitions.id));
  }

  transitionsOfRound(articleId: string, round: number): Promise<ReviewTransitionRow[]> {
    return this.db
      .select()
      .from(reviewTransitions)
      .where(and(eq(reviewTransitions.articleId, articleId), eq(reviewTransitions.round, round)))
      .orderBy(asc(reviewTransitions.at), asc(reviewTransitions.id));
  }

  stagesOf(siteIds: readonly string[]): Promise<WorkflowStageRow[]> {
    return this.db
      .select()
      .from(workflowStages)
      .where(inArray(workflowStages.siteId, [...siteIds]))
      .orderBy(asc(workflowStages.order));
  }

  async replaceStages(
    site: { siteId: string; unitId: string },
    stages: { name: string; roleCode: string }[],
  ): Promise<WorkflowStageRow[]> {
    await this.db.delete(workflowStages).where(eq(workflowStages.siteId, site.siteId));
    return this.db
      .insert(workflowStages)
      .values(
        stages.map((stage, index) => ({
          siteId: site.siteId,
          unitId: site.unitId,
          order: index + 1,
          name: stage.name,
          roleCode: stage.roleCode,
        })),
      )
      .returning();
  }
}
