import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const resendDelivery: MutationResolvers["resendDelivery"] = (_parent, { id }, { services }) =>
  services.distribution.resend(id);
