import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const rateLetter: MutationResolvers["rateLetter"] = (_parent, { id, rating, comment }, { services }) =>
  services.letter.rate(id, rating, comment);
