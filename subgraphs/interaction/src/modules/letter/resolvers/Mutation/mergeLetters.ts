import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const mergeLetters: MutationResolvers["mergeLetters"] = (
  _parent,
  { primaryId, duplicateIds, comment },
  { services },
) => services.letterMerge.merge(primaryId, duplicateIds, comment);
