import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setArticleFlags: MutationResolvers["setArticleFlags"] = (_parent, { id, input }, { services }) =>
  services.article.setFlags(id, input);
