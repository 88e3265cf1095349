import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteMyCitizenAccount: MutationResolvers["deleteMyCitizenAccount"] = (
  _parent,
  { password },
  { services },
) => services.citizen.deleteAccount({ password });
