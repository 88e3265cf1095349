import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const cancelScheduledAction: MutationResolvers["cancelScheduledAction"] = (
  _parent,
  { id },
  { services },
) => services.publishing.cancelScheduled(id);
