import { isUuid, loaderOfMany } from "@jiyue/server-kit";
import type { ContentDb } from "../../context";
import { TextCheckRepository } from "./textcheck.repository";

export function createTextCheckLoaders(db: ContentDb) {
  const repository = new TextCheckRepository(db);
  return {
    checkOverridesByRevision: loaderOfMany(
      async (ids: readonly string[]) => {
        const valid = ids.filter(isUuid);
        // Overrides and ignores alike: TextCheckService.resultOf tells them apart by kind.
        return valid.length ? repository.setAsideOf(valid) : [];
      },
      (row) => row.revisionId,
    ),
  };
}
