import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const submitLetter: MutationResolvers["submitLetter"] = (_parent, { input }, { services }) =>
  services.letter.submit(input);
