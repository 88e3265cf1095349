import type { ArticleRow, RevisionRow } from "../article/article.sql";
import type { ReviewTransitionRow } from "./workflow.sql";

export interface StageModel {
  order: number;
  name: string;
  roleCode: string;
}
export interface WorkflowDefinitionModel {
  siteId: string;
  stages: StageModel[];
}
export interface ReviewSheetModel {
  article: ArticleRow;
  revision: RevisionRow;
  entries: ReviewTransitionRow[];
}

/** A site without its own definition reviews in three stages. */
export const DEFAULT_STAGES: StageModel[] = [
  { order: 1, name: "初审", roleCode: "reviewer_1" },
  { order: 2, name: "复审", roleCode: "reviewer_2" },
  { order: 3, name: "终审", roleCode: "reviewer_3" },
];
