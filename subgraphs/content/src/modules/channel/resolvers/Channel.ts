import { notFound } from "@jiyue/server-kit";
import type { ChannelResolvers } from "../../../generated/resolvers-types";

export const Channel: ChannelResolvers = {
  __resolveReference: async (reference, { loaders }) => {
    const row = await loaders.channelById.load(reference.id);
    if (!row) throw notFound("栏目", reference.id);
    return row;
  },
  site: (row) => ({ __typename: "Site", id: row.siteId }),
  parent: (row, _args, { loaders }) => (row.parentId ? loaders.channelById.load(row.parentId) : null),
  children: (row, _args, { loaders }) => loaders.childChannels.load(row.id),
};
