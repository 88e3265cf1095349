import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const knowledgeCategories: QueryResolvers["knowledgeCategories"] = (
  _parent,
  { siteId },
  { services },
) => services.knowledge.categories(siteId);
