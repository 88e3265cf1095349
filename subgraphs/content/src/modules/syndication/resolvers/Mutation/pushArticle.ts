import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const pushArticle: MutationResolvers["pushArticle"] = (_parent, { id, targets, note }, { services }) =>
  services.syndication.push(id, targets, note);
