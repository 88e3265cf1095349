import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const knowledgeEntries: QueryResolvers["knowledgeEntries"] = (_parent, args, { services }) =>
  services.knowledge.list(args);
