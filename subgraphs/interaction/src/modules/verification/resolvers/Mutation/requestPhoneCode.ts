import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const requestPhoneCode: MutationResolvers["requestPhoneCode"] = (
  _parent,
  { phone, purpose },
  { services },
) => services.verification.requestCode(phone, purpose);
