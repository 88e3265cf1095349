import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const submitArticle: MutationResolvers["submitArticle"] = (_parent, { id, comment }, { services }) =>
  services.workflow.submit(id, comment);
