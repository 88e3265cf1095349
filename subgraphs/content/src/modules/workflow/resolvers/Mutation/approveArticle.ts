import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const approveArticle: MutationResolvers["approveArticle"] = (_parent, { id, comment }, { services }) =>
  services.workflow.approve(id, comment);
