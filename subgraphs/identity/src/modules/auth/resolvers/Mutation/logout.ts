import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const logout: MutationResolvers["logout"] = (_parent, { refreshToken }, { services }) =>
  services.auth.logout(refreshToken);
