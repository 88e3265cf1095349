import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const unmergeLetter: MutationResolvers["unmergeLetter"] = (_parent, { id, comment }, { services }) =>
  services.letterMerge.unmerge(id, comment);
