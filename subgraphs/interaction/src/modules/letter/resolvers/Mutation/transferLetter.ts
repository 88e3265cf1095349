import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const transferLetter: MutationResolvers["transferLetter"] = (
  _parent,
  { id, unitId, reason },
  { services },
) => services.letter.transfer(id, unitId, reason);
