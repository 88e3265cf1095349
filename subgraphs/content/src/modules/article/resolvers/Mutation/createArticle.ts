import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createArticle: MutationResolvers["createArticle"] = (_parent, { input }, { services }) =>
  services.article.create(input);
