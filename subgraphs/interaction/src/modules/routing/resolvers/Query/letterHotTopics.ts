import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const letterHotTopics: QueryResolvers["letterHotTopics"] = (
  _parent,
  { days, minSize },
  { services },
) => services.routing.hotTopics(days, minSize);
