import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const provideLetterInfo: MutationResolvers["provideLetterInfo"] = (
  _parent,
  { id, info },
  { services },
) => services.letter.provideInfo(id, info);
