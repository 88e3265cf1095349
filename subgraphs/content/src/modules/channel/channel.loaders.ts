import { loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { ChannelRepository } from "./channel.repository";

export function createChannelLoaders(repository: ChannelRepository) {
  return {
    channelById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
    topLevelChannelsBySite: loaderOfMany(
      (siteIds: readonly string[]) => repository.topLevelBySites(siteIds),
      (row) => row.siteId,
    ),
    childChannels: loaderOfMany(
      (parentIds: readonly string[]) => repository.childrenOf(parentIds),
      (row) => row.parentId ?? "",
    ),
  };
}
export type ChannelLoaders = ReturnType<typeof createChannelLoaders>;
