import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const reviewSheet: QueryResolvers["reviewSheet"] = (_parent, { articleId }, { services }) =>
  services.workflow.reviewSheet(articleId);
