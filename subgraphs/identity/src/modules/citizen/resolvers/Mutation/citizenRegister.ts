import type { MutationResolvers } from "../../../../generated/resolvers-types";
import { toLoginPayload } from "../../../auth/auth.service";

export const citizenRegister: MutationResolvers["citizenRegister"] = async (
  _parent,
  { input },
  { services },
) => toLoginPayload(await services.citizen.register(input));
