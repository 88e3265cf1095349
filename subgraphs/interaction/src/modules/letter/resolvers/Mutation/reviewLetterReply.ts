import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const reviewLetterReply: MutationResolvers["reviewLetterReply"] = (
  _parent,
  { id, approve, comment },
  { services },
) => services.letter.reviewReply(id, approve, comment);
