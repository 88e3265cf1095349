import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateUser: MutationResolvers["updateUser"] = (_parent, { id, input }, { services }) =>
  services.user.update(id, input);
