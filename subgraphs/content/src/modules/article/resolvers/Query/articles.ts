import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const articles: QueryResolvers["articles"] = (_parent, { filter, offset, limit }, { services }) =>
  services.article.list(filter, { offset, limit });
