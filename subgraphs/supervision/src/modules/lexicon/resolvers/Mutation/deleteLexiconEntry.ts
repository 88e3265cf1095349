import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const deleteLexiconEntry: MutationResolvers["deleteLexiconEntry"] = (_parent, { id }, { services }) =>
  services.lexicon.delete(id);
