import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const solicitationSettings: QueryResolvers["solicitationSettings"] = (
  _parent,
  { unitId },
  { services },
) => services.solicitation.settings(unitId ?? null);
