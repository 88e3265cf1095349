import { isUuid, loaderByKey } from "@jiyue/server-kit";
import DataLoader from "dataloader";
import type { SolicitationRepository } from "./solicitation.repository";

const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createSolicitationLoaders(repository: SolicitationRepository) {
  return {
    solicitationById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.byIds(validIds(ids)) : []),
      (row) => row.id,
    ),
    submissionById: loaderByKey(
      async (ids: readonly string[]) =>
        validIds(ids).length ? repository.submissionsByIds(validIds(ids)) : [],
      (row) => row.id,
    ),
    submissionCount: new DataLoader<string, number>(async (ids) => {
      const valid = validIds(ids);
      const counts = new Map(
        (valid.length ? await repository.countsBySolicitation(valid) : []).map((row) => [
          row.solicitationId,
          row.n,
        ]),
      );
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
export type SolicitationLoaders = ReturnType<typeof createSolicitationLoaders>;
