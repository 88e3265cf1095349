import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const closeSolicitation: MutationResolvers["closeSolicitation"] = (
  _parent,
  { id, reason },
  { services },
) => services.solicitation.close(id, reason);
