import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const solicitation: QueryResolvers["solicitation"] = (_parent, { id }, { services }) =>
  services.solicitation.find(id);
