import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const resetCitizenPassword: MutationResolvers["resetCitizenPassword"] = (
  _parent,
  { input },
  { services },
) => services.citizen.resetPassword(input);
