import type { QueryResolvers } from "../../../generated/resolvers-types";

const searchPublished: QueryResolvers["searchPublished"] = (_parent, args, { services }) =>
  services.search.searchPublished(args);

export const searchResolvers = {
  Query: { searchPublished },
};
