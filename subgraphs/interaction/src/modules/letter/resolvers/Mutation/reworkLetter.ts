import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const reworkLetter: MutationResolvers["reworkLetter"] = (_parent, { id, reason }, { services }) =>
  services.letter.rework(id, reason);
