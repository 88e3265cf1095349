import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const closeLetter: MutationResolvers["closeLetter"] = (_parent, { id, comment }, { services }) =>
  services.letter.close(id, comment);
