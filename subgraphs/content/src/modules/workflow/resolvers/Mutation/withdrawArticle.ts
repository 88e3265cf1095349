import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const withdrawArticle: MutationResolvers["withdrawArticle"] = (_parent, { id }, { services }) =>
  services.workflow.withdraw(id);
