import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { MailboxRepository } from "./mailbox.repository";

const validIds = (ids: readonly string[]) => ids.filter(isUuid);

export function createMailboxLoaders(repository: MailboxRepository) {
  return {
    mailboxById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.byIds(validIds(ids)) : []),
      (row) => row.id,
    ),
    publicMailboxesBySite: loaderOfMany(
      async (siteIds: readonly string[]) =>
        validIds(siteIds).length ? repository.publicForSites(validIds(siteIds)) : [],
      (row) => row.forSiteId,
    ),
    unitRefById: loaderByKey(
      async (ids: readonly string[]) => (validIds(ids).length ? repository.unitRefs(validIds(ids)) : []),
      (row) => row.unitId,
    ),
  };
}
export type MailboxLoaders = ReturnType<typeof createMailboxLoaders>;
