import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const requestLetterInfo: MutationResolvers["requestLetterInfo"] = (
  _parent,
  { id, question },
  { services },
) => services.letter.requestInfo(id, question);
