import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const similarReplies: QueryResolvers["similarReplies"] = (
  _parent,
  { letterId, first },
  { services },
) => services.knowledge.similarReplies(letterId, first);
