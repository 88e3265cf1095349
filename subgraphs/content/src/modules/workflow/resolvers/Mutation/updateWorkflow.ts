import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateWorkflow: MutationResolvers["updateWorkflow"] = (
  _parent,
  { siteId, stages },
  { services },
) => services.workflow.updateWorkflow({ siteId, stages });
