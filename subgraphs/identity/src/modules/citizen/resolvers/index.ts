import { Citizen } from "./Citizen";
import { citizenLogin } from "./Mutation/citizenLogin";
import { citizenRegister } from "./Mutation/citizenRegister";
import { deleteMyCitizenAccount } from "./Mutation/deleteMyCitizenAccount";
import { updateMyCitizenProfile } from "./Mutation/updateMyCitizenProfile";

export const citizenResolvers = {
  Mutation: { citizenRegister, citizenLogin, updateMyCitizenProfile, deleteMyCitizenAccount },
  Citizen,
  CitizenType: { PERSON: "person", LEGAL_PERSON: "legal_person" },
};
