import { isUuid, loaderByKey } from "@jiyue/server-kit";
import type { StatsRepository } from "./stats.repository";

export function createStatsLoaders(repository: StatsRepository) {
  return {
    statsBySite: loaderByKey(
      async (siteIds: readonly string[]) => {
        const valid = siteIds.filter(isUuid);
        return valid.length ? repository.forSites(valid) : [];
      },
      (row) => row.siteId,
    ),
  };
}
export type StatsLoaders = ReturnType<typeof createStatsLoaders>;
