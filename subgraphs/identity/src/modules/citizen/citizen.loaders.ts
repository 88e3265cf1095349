import { loaderByKey } from "@jiyue/server-kit";
import type { CitizenRepository } from "./citizen.repository";

export function createCitizenLoaders(repository: CitizenRepository) {
  return {
    citizenById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
  };
}
export type CitizenLoaders = ReturnType<typeof createCitizenLoaders>;
