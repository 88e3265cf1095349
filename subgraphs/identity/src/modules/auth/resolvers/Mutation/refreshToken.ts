import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const refreshToken: MutationResolvers["refreshToken"] = (_parent, { refreshToken }, { services }) =>
  services.auth.refresh(refreshToken);
