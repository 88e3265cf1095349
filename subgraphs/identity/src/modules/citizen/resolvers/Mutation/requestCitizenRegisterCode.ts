import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const requestCitizenRegisterCode: MutationResolvers["requestCitizenRegisterCode"] = (
  _parent,
  { phone },
  { services },
) => services.citizen.requestRegisterCode(phone);
