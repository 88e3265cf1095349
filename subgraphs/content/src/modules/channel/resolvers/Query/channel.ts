import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const channel: QueryResolvers["channel"] = (_parent, { id }, { loaders }) =>
  loaders.channelById.load(id);
