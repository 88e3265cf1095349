import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createSolicitation: MutationResolvers["createSolicitation"] = (
  _parent,
  { input },
  { services },
) => services.solicitation.create(input);
