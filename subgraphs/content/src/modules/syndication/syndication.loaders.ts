import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { Executor } from "../article/article.repository";
import { SyndicationRepository } from "./syndication.repository";

export function createSyndicationLoaders(db: Executor) {
  const repository = new SyndicationRepository(db);
  return {
    pushById: loaderByKey(
      async (ids: readonly string[]) => {
        const valid = ids.filter(isUuid);
        return valid.length ? repository.byIds(valid) : [];
      },
      (row) => row.id,
    ),
    pushesByOrigin: loaderOfMany(
      (ids: readonly string[]) => repository.ofOrigins(ids),
      (row) => row.originArticleId,
    ),
    takedownByOrigin: loaderOfMany(
      (ids: readonly string[]) => repository.latestTakedownOf(ids),
      (row) => row.originArticleId,
    ),
  };
}
export type SyndicationLoaders = ReturnType<typeof createSyndicationLoaders>;
