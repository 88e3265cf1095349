import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const publishedArticle: QueryResolvers["publishedArticle"] = (_parent, { id }, { services }) =>
  services.publishing.publishedArticle(id);
