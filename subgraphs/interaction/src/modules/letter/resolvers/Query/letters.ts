import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const letters: QueryResolvers["letters"] = (_parent, { filter, first, offset }, { services }) =>
  services.letter.list(filter, { first: first ?? undefined, offset: offset ?? undefined });
