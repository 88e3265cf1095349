import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { Executor } from "../article/article.repository";
import { DistributionRepository } from "./distribution.repository";

export function createDistributionLoaders(db: Executor) {
  const repository = new DistributionRepository(db);
  return {
    distributionTargetById: loaderByKey(
      (ids: readonly string[]) => repository.targetsByIds(ids.filter(isUuid)),
      (row) => row.id,
    ),
    distributionTargetsBySite: loaderOfMany(
      (siteIds: readonly string[]) => repository.targetsBySites(siteIds.filter(isUuid)),
      (row) => row.siteId,
    ),
    deliveryById: loaderByKey(
      (ids: readonly string[]) => repository.deliveriesByIds(ids.filter(isUuid)),
      (row) => row.id,
    ),
    deliveriesByArticle: loaderOfMany(
      (articleIds: readonly string[]) => repository.deliveriesByArticles(articleIds.filter(isUuid)),
      (row) => row.articleId,
    ),
  };
}
export type DistributionLoaders = ReturnType<typeof createDistributionLoaders>;
