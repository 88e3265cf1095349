import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const siteSolicitations: QueryResolvers["siteSolicitations"] = (
  _parent,
  { siteId, first, offset },
  { services },
) => services.solicitation.ofSite(siteId, { first: first ?? undefined, offset: offset ?? undefined });
