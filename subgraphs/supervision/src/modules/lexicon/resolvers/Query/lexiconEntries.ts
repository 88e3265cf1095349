import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const lexiconEntries: QueryResolvers["lexiconEntries"] = (
  _parent,
  { filter, offset, limit },
  { services },
) => services.lexicon.list(filter, { offset, limit });
