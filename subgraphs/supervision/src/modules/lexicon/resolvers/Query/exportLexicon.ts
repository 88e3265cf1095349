import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const exportLexicon: QueryResolvers["exportLexicon"] = (
  _parent,
  { format, scope, unitId },
  { services },
) => services.lexicon.exportEntries({ format, scope, unitId });
