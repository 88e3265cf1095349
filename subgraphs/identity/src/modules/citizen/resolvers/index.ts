import { Citizen } from "./Citizen";
import { citizenLogin } from "./Mutation/citizenLogin";
import { citizenRegister } from "./Mutation/citizenRegister";
import { deleteMyCitizenAccount } from "./Mutation/deleteMyCitizenAccount";
import { requestCitizenPasswordResetCode } from "./Mutation/requestCitizenPasswordResetCode";
import { requestCitizenRegisterCode } from "./Mutation/requestCitizenRegisterCode";
import { resetCitizenPassword } from "./Mutation/resetCitizenPassword";
import { updateMyCitizenProfile } from "./Mutation/updateMyCitizenProfile";

export const citizenResolvers = {
  Mutation: {
    requestCitizenRegisterCode,
    citizenRegister,
    citizenLogin,
    requestCitizenPasswordResetCode,
    resetCitizenPassword,
    updateMyCitizenProfile,
    deleteMyCitizenAccount,
  },
  Citizen,
  CitizenType: { PERSON: "person", LEGAL_PERSON: "legal_person" },
};
