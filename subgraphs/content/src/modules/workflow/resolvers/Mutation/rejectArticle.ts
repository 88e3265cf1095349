import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const rejectArticle: MutationResolvers["rejectArticle"] = (_parent, { id, comment }, { services }) =>
  services.workflow.reject(id, comment);
