import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const topicBySlug: QueryResolvers["topicBySlug"] = (_parent, { siteId, slug }, { services }) =>
  services.topic.bySlug(siteId, slug);
