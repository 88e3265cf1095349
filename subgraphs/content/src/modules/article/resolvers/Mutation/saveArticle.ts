import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const saveArticle: MutationResolvers["saveArticle"] = (_parent, { id, input }, { services }) =>
  services.article.save(id, input);
