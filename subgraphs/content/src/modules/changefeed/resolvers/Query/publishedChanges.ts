import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const publishedChanges: QueryResolvers["publishedChanges"] = (
  _parent,
  { siteIds, after, limit },
  { services },
) => services.changefeed.changes({ siteIds, after, limit });
