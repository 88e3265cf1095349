import type { MutationResolvers } from "../../../../generated/resolvers-types";
import { toLoginPayload } from "../../auth.service";

export const login: MutationResolvers["login"] = async (_parent, { input }, { services }) =>
  toLoginPayload(await services.auth.login(input));
