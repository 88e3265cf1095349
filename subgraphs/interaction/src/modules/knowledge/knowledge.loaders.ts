import { isUuid, loaderByKey } from "@jiyue/server-kit";
import type { KnowledgeRepository } from "./knowledge.repository";

const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createKnowledgeLoaders(repository: KnowledgeRepository) {
  return {
    knowledgeEntryById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.byIds(validIds(ids)) : []),
      (row) => row.id,
    ),
  };
}
export type KnowledgeLoaders = ReturnType<typeof createKnowledgeLoaders>;
