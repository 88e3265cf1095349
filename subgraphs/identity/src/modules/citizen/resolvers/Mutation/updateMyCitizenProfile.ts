import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateMyCitizenProfile: MutationResolvers["updateMyCitizenProfile"] = (
  _parent,
  { input },
  { services },
) => services.citizen.updateProfile(input);
