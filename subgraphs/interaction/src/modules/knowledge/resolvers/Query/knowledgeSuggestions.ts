import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const knowledgeSuggestions: QueryResolvers["knowledgeSuggestions"] = (
  _parent,
  { text, first },
  { services },
) => services.knowledge.suggestions(text, first);
