import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const acceptLetter: MutationResolvers["acceptLetter"] = (_parent, { id, comment }, { services }) =>
  services.letter.accept(id, comment);
