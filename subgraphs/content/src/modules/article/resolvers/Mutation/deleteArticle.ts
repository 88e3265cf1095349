import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteArticle: MutationResolvers["deleteArticle"] = (_parent, { id }, { services }) =>
  services.article.delete(id);
