import { loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { UnitRepository } from "./unit.repository";

export function createUnitLoaders(repository: UnitRepository) {
  return {
    unitById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    childUnits: loaderOfMany(
      (ids: readonly string[]) => repository.childrenOf(ids),
      (row) => row.parentId ?? "",
    ),
  };
}
export type UnitLoaders = ReturnType<typeof createUnitLoaders>;
