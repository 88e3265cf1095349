import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const publishLetterReply: MutationResolvers["publishLetterReply"] = (_parent, { id }, { services }) =>
  services.letter.publishReply(id);
