import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const draftLetterReply: MutationResolvers["draftLetterReply"] = (
  _parent,
  { id, content },
  { services },
) => services.letter.draftReply(id, content);
