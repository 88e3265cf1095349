import { loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { SiteRepository } from "./site.repository";

export function createSiteLoaders(repository: SiteRepository) {
  return {
    siteById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    sitesByUnit: loaderOfMany(
      (ids: readonly string[]) => repository.byUnitIds(ids),
      (row) => row.unitId,
    ),
    childSites: loaderOfMany(
      (ids: readonly string[]) => repository.childrenOf(ids),
      (row) => row.parentSiteId ?? "",
    ),
    domainsBySite: loaderOfMany(
      (ids: readonly string[]) => repository.domainsOf(ids),
      (row) => row.siteId,
    ),
  };
}
export type SiteLoaders = ReturnType<typeof createSiteLoaders>;
