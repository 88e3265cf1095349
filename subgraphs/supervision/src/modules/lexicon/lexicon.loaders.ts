import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { LexiconRepository } from "./lexicon.repository";

const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createLexiconLoaders(repository: LexiconRepository) {
  return {
    lexiconEntryById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.byIds(validIds(ids)) : []),
      (row) => row.id,
    ),
    lexiconInForceBySite: loaderOfMany(
      async (siteIds: readonly string[]) =>
        validIds(siteIds).length ? repository.inForceForSites(validIds(siteIds)) : [],
      (row) => row.forSiteId,
    ),
    unitExists: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.unitsExist(validIds(ids)) : []),
      (row) => row.unitId,
    ),
  };
}
export type LexiconLoaders = ReturnType<typeof createLexiconLoaders>;
