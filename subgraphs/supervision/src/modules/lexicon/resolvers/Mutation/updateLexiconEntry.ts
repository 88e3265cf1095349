import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateLexiconEntry: MutationResolvers["updateLexiconEntry"] = (
  _parent,
  { id, input },
  { services },
) => services.lexicon.update(id, input);
