import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createLexiconEntry: MutationResolvers["createLexiconEntry"] = (
  _parent,
  { input },
  { services },
) => services.lexicon.create(input);
