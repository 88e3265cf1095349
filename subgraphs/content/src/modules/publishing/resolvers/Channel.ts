import type { ChannelResolvers } from "../../../generated/resolvers-types";

export const Channel: ChannelResolvers = {
  publishedArticles: (channel, { offset, limit }, { services }) =>
    services.publishing.channelArticles(channel.id, { offset, limit }),
};
