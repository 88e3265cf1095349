import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const changePassword: MutationResolvers["changePassword"] = (
  _parent,
  { oldPassword, newPassword },
  { services },
) => services.auth.changePassword(oldPassword, newPassword);
