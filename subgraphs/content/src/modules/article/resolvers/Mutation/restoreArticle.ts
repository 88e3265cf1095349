import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const restoreArticle: MutationResolvers["restoreArticle"] = (_parent, { id }, { services }) =>
  services.article.restore(id);
