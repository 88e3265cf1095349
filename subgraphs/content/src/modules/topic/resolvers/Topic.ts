import type { TopicResolvers } from "../../../generated/resolvers-types";
import { coverUrl } from "../../media/media.attachments";

export const Topic: TopicResolvers = {
  __resolveReference: (reference, { services }) => services.topic.get(reference.id),
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  bannerImageUrl: (row, _args, { loaders }) => coverUrl(row.bannerImageId, loaders),
  sourceChannels: async (row, _args, { loaders }) =>
    (await Promise.all(row.sourceChannelIds.map((id) => loaders.channelById.load(id)))).filter(
      (channel) => channel !== null,
    ),
  publishedArticles: (row, { offset, limit }, { services }) =>
    services.topic.publishedArticles(row, { offset, limit }),
};
