import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const requestCitizenPasswordResetCode: MutationResolvers["requestCitizenPasswordResetCode"] = (
  _parent,
  { phone },
  { services },
) => services.citizen.requestPasswordResetCode(phone);
