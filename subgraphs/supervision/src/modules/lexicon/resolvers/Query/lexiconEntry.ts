import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const lexiconEntry: QueryResolvers["lexiconEntry"] = (_parent, { id }, { services }) =>
  services.lexicon.byId(id);
