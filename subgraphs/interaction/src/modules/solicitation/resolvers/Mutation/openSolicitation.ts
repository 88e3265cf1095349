import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const openSolicitation: MutationResolvers["openSolicitation"] = (_parent, { id }, { services }) =>
  services.solicitation.open(id);
