import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateKnowledgeEntry: MutationResolvers["updateKnowledgeEntry"] = (
  _parent,
  { id, input },
  { services },
) => services.knowledge.update(id, input);
