import type { QueryResolvers } from "../../../../../generated/resolvers-types";

export const myNewLetters: QueryResolvers["myNewLetters"] = (_parent, { limit }, { services }) =>
  services.letterInbox.newLetters(limit);
