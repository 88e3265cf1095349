import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const removeLexiconExemption: MutationResolvers["removeLexiconExemption"] = (
  _parent,
  { unitId, entryId },
  { services },
) => services.lexicon.removeExemption({ unitId, entryId });
