import type { CitizenResolvers } from "../../../generated/resolvers-types";
import { maskPhone } from "../citizen.service";

export const Citizen: CitizenResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.citizenById.load(reference.id),
  maskedPhone: (row) => (row.phone ? maskPhone(row.phone) : null),
};
