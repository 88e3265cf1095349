import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { LetterRepository } from "./letter.repository";

const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createLetterLoaders(repository: LetterRepository) {
  return {
    letterById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.byIds(validIds(ids)) : []),
      (row) => row.id,
    ),
    unitsByLetter: loaderOfMany(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.unitsOf(validIds(ids)) : []),
      (row) => row.letterId,
    ),
    mergedByPrimary: loaderOfMany(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.mergedInto(validIds(ids)) : []),
      (row) => row.mergedIntoId as string,
    ),
    actionsByLetter: loaderOfMany(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.actionsOf(validIds(ids)) : []),
      (row) => row.letterId,
    ),
  };
}
export type LetterLoaders = ReturnType<typeof createLetterLoaders>;
