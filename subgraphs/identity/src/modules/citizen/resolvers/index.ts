import { Citizen } from "./Citizen";
import { citizenLogin } from "./Mutation/citizenLogin";
import { citizenRegister } from "./Mutation/citizenRegister";
import { deleteMyCitizenAccount } from "./Mutation/deleteMyCitizenAccount";
import { requestCitizenRegisterCode } from "./Mutation/requestCitizenRegisterCode";
import { updateMyCitizenProfile } from "./Mutation/updateMyCitizenProfile";

export const citizenResolvers = {
  Mutation: {
    requestCitizenRegisterCode,
    citizenRegister,
    citizenLogin,
    updateMyCitizenProfile,
    deleteMyCitizenAccount,
  },
  Citizen,
  CitizenType: { PERSON: "person", LEGAL_PERSON: "legal_person" },
};
