import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const exemptLexiconEntry: MutationResolvers["exemptLexiconEntry"] = (
  _parent,
  { input },
  { services },
) => services.lexicon.exempt(input);
