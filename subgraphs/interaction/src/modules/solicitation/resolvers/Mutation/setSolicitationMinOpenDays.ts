import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setSolicitationMinOpenDays: MutationResolvers["setSolicitationMinOpenDays"] = (
  _parent,
  { unitId, days },
  { services },
) => services.solicitation.setMinOpenDays(unitId ?? null, days);
