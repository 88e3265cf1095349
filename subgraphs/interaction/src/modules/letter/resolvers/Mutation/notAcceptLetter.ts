import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const notAcceptLetter: MutationResolvers["notAcceptLetter"] = (
  _parent,
  { id, reason },
  { services },
) => services.letter.notAccept(id, reason);
