import type { Resolvers } from "../../../../generated/resolvers-types";
import { myNewLetters } from "./Query/myNewLetters";

export const letterInboxResolvers: Resolvers = {
  Query: { myNewLetters },
};
