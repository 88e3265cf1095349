import { type Caller, CITY, can, forbidden, unauthenticated } from "@jiyue/server-kit";
import type { CitizenResolvers } from "../../../generated/resolvers-types";
import { maskPhone } from "../citizen.service";

export const Citizen: CitizenResolvers = {
  // Only the citizen themself or the platform administrator (user.manage city-wide) resolve a citizen.
  __resolveReference: (reference, { caller, loaders }) => {
    if (caller.kind === "anonymous") throw unauthenticated();
    const self = caller.kind === "citizen" && caller.citizenId === reference.id;
    if (!self && !can(caller, "user.manage", CITY)) throw forbidden();
    return loaders.citizenById.load(reference.id);
  },
  maskedPhone: (row) => (row.phone ? maskPhone(row.phone) : null),
  phone: (row, _args, { caller }) => (isSelf(caller, row.id) ? row.phone : null),
  creditCode: (row, _args, { caller }) => (isSelf(caller, row.id) ? row.creditCode : null),
  hasPassword: (row) => row.passwordHash !== null,
  deleted: (row) => row.deletedAt !== null,
};

function isSelf(caller: Caller, citizenId: string): boolean {
  return caller.kind === "citizen" && caller.citizenId === citizenId;
}
