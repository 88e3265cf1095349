import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createKnowledgeEntry: MutationResolvers["createKnowledgeEntry"] = (
  _parent,
  { input },
  { services },
) => services.knowledge.create(input);
