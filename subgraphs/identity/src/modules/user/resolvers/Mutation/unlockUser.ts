import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const unlockUser: MutationResolvers["unlockUser"] = (_parent, { id }, { services }) =>
  services.user.unlock(id);
