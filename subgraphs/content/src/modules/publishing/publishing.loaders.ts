import DataLoader from "dataloader";
import type { PublishingRepository } from "./publishing.repository";
import type { PublishedArticlePageModel } from "./publishing.types";

export interface ChannelPageKey {
  channelId: string;
  offset: number;
  limit: number;
}

/** Channel.publishedArticles for many channels: one batch per (offset, limit). */
export function channelPageLoader(repository: PublishingRepository) {
  return new DataLoader<ChannelPageKey, PublishedArticlePageModel, string>(
    async (keys) => {
      const groups = new Map<string, ChannelPageKey[]>();
      for (const key of keys) {
        const group = `${key.offset}:${key.limit}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const results = new Map<string, PublishedArticlePageModel>();
      for (const group of groups.values()) {
        const first = group[0] as ChannelPageKey;
        const pages = await repository.publishedPagesByChannels(
          group.map((key) => key.channelId),
          first.offset,
          first.limit,
        );
        for (const key of group)
          results.set(
            `${key.channelId}:${key.offset}:${key.limit}`,
            pages.get(key.channelId) ?? { items: [], total: 0 },
          );
      }
      return keys.map(
        (key) => results.get(`${key.channelId}:${key.offset}:${key.limit}`) ?? { items: [], total: 0 },
      );
    },
    { cacheKeyFn: (key) => `${key.channelId}:${key.offset}:${key.limit}` },
  );
}
