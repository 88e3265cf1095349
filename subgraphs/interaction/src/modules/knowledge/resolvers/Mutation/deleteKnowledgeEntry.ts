import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteKnowledgeEntry: MutationResolvers["deleteKnowledgeEntry"] = (
  _parent,
  { id },
  { services },
) => services.knowledge.remove(id);
