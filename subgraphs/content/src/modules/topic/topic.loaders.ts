import { loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { TopicRepository } from "./topic.repository";

export function createTopicLoaders(repository: TopicRepository) {
  return {
    topicById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    topicsBySite: loaderOfMany(
      (siteIds: readonly string[]) => repository.bySites(siteIds),
      (row) => row.siteId,
    ),
  };
}
export type TopicLoaders = ReturnType<typeof createTopicLoaders>;
