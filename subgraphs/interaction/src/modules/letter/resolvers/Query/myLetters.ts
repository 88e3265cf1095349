import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const myLetters: QueryResolvers["myLetters"] = (_parent, _args, { services }) =>
  services.letter.mine();
