// The only place with SQL for review transitions and workflow definitions.
import { and, asc, count, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../article/article.repository";
import { articles } from "../article/article.sql";
import {
  type NewReviewTransitionRow,
  type ReviewTransitionRow,
  reviewTransitions,
  type WorkflowStageRow,
  workflowStages,
} from "./workflow.sql";

export class WorkflowRepository {
  /** Articles of a site waiting at a stage after `lastStage` (they would have nobody left to act). */
  async waitingBeyond(siteId: string, lastStage: number): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(articles)
      .where(
        and(
          eq(articles.siteId, siteId),
          eq(articles.status, "in_review"),
          gt(articles.reviewStage, lastStage),
          isNull(articles.deletedAt),
        ),
      );
    return row?.n ?? 0;
  }

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
