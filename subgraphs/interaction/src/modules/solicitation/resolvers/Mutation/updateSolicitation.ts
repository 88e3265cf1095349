import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateSolicitation: MutationResolvers["updateSolicitation"] = (
  _parent,
  { id, input },
  { services },
) => services.solicitation.update(id, input);
