import type { Resolvers } from "../../../../generated/resolvers-types";
import { superviseLetter } from "./Mutation/superviseLetter";
import { letterSupervisionSettings } from "./Query/letterSupervisionSettings";

export const letterSupervisionResolvers: Resolvers = {
  Query: { letterSupervisionSettings },
  Mutation: { superviseLetter },
  Letter: {
    supervision: (row, _args, { services }) => services.letterSupervision.stateOf(row),
  },
};
