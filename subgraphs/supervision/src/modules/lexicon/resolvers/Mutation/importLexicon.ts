import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const importLexicon: MutationResolvers["importLexicon"] = (_parent, { input }, { services }) =>
  services.lexicon.importEntries(input);
