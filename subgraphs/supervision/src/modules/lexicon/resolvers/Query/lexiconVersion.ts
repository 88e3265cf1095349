import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const lexiconVersion: QueryResolvers["lexiconVersion"] = (_parent, _args, { services }) =>
  services.lexicon.currentVersion();
