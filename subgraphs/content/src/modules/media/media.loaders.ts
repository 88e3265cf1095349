import { isUuid, loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { Executor } from "../article/article.repository";
import { MediaRepository } from "./media.repository";

export function createMediaLoaders(db: Executor) {
  const media = new MediaRepository(db);
  return {
    mediaById: loaderByKey(
      async (ids: readonly string[]) => {
        const valid = ids.filter(isUuid);
        return valid.length ? media.byIds(valid) : [];
      },
      (row) => row.id,
    ),
    /** Article ids using each medium (latest or published revision). */
    mediaUsage: loaderOfMany(
      (ids: readonly string[]) => media.usage(ids.filter(isUuid)),
      (row) => row.mediaId,
    ),
  };
}
export type MediaLoaders = ReturnType<typeof createMediaLoaders>;
