import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const acceptPush: MutationResolvers["acceptPush"] = (_parent, { id }, { services }) =>
  services.syndication.accept(id);
