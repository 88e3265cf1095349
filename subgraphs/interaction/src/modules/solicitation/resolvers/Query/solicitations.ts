import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const solicitations: QueryResolvers["solicitations"] = (
  _parent,
  { filter, first, offset },
  { services },
) => services.solicitation.list(filter, { first: first ?? undefined, offset: offset ?? undefined });
