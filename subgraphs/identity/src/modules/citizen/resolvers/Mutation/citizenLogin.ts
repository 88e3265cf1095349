import type { MutationResolvers } from "../../../../generated/resolvers-types";
import { toLoginPayload } from "../../../auth/auth.service";

export const citizenLogin: MutationResolvers["citizenLogin"] = async (_parent, { input }, { services }) =>
  toLoginPayload(await services.citizen.login(input));
