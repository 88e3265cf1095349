import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const article: QueryResolvers["article"] = (_parent, { id }, { services }) =>
  services.article.article(id);
