import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import DataLoader from "dataloader";
import { WorkflowRepository } from "../workflow/workflow.repository";
import { ArticleRepository, type Executor } from "./article.repository";

const valid = (ids: readonly string[]) => ids.filter(isUuid);

export function createArticleLoaders(db: Executor) {
  const articles = new ArticleRepository(db);
  const workflow = new WorkflowRepository(db);
  return {
    articleById: loaderByKey(
      async (ids: readonly string[]) => (valid(ids).length ? articles.byIds(valid(ids)) : []),
      (row) => row.id,
    ),
    revisionById: loaderByKey(
      async (ids: readonly string[]) => (valid(ids).length ? articles.revisionsByIds(valid(ids)) : []),
      (row) => row.id,
    ),
    revisionsByArticle: loaderOfMany(
      (ids: readonly string[]) => articles.revisionsOf(ids),
      (row) => row.articleId,
    ),
    revisionCountByArticle: new DataLoader<string, number>(async (ids) => {
      const counts = new Map((await articles.revisionCounts(ids)).map((row) => [row.articleId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    timelineByArticle: loaderOfMany(
      (ids: readonly string[]) => workflow.transitionsOf(ids),
      (row) => row.articleId,
    ),
    stagesBySite: loaderOfMany(
      (ids: readonly string[]) => workflow.stagesOf(ids),
      (row) => row.siteId,
    ),
  };
}
export type ArticleLoaders = ReturnType<typeof createArticleLoaders>;
