import { requestPhoneCode } from "./Mutation/requestPhoneCode";

export const verificationResolvers = {
  Mutation: { requestPhoneCode },
  PhoneCodePurpose: { LETTER: "letter" },
};
