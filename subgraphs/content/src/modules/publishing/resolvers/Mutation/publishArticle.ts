import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const publishArticle: MutationResolvers["publishArticle"] = (_parent, { id, at }, { services }) =>
  services.publishing.publish(id, at);
