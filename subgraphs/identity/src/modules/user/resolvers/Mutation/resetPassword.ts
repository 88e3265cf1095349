import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const resetPassword: MutationResolvers["resetPassword"] = (
  _parent,
  { id, newPassword },
  { services },
) => services.user.resetPassword(id, newPassword);
