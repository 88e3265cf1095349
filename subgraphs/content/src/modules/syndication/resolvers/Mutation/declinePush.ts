import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const declinePush: MutationResolvers["declinePush"] = (_parent, { id, reason }, { services }) =>
  services.syndication.decline(id, reason);
