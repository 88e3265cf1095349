import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const revisionDiff: QueryResolvers["revisionDiff"] = (_parent, { fromId, toId }, { services }) =>
  services.article.diff(fromId, toId);
