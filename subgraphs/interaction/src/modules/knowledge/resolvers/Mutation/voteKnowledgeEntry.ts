import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const voteKnowledgeEntry: MutationResolvers["voteKnowledgeEntry"] = (
  _parent,
  { id, helpful, visitorId },
  { services },
) => services.knowledge.vote(id, helpful, visitorId);
