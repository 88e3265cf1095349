import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const knowledgeEntry: QueryResolvers["knowledgeEntry"] = (_parent, { id }, { services }) =>
  services.knowledge.byId(id);
