import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const workflow: QueryResolvers["workflow"] = (_parent, { siteId }, { services }) =>
  services.workflow.workflow(siteId);
