import type { MutationResolvers } from "../../../../generated/resolvers-types";
import { toLoginPayload } from "../../../auth/auth.service";

export const exchangeLoginTicket: MutationResolvers["exchangeLoginTicket"] = async (
  _parent,
  args,
  { services },
) => toLoginPayload(await services.oidc.exchangeTicket(args));
