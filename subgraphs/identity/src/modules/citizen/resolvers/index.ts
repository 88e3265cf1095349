import { Citizen } from "./Citizen";
import { citizenLogin } from "./Mutation/citizenLogin";
import { citizenRegister } from "./Mutation/citizenRegister";

export const citizenResolvers = {
  Mutation: { citizenRegister, citizenLogin },
  Citizen,
  CitizenType: { PERSON: "person", LEGAL_PERSON: "legal_person" },
};
