import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateUnit: MutationResolvers["updateUnit"] = (_parent, { id, input }, { services }) =>
  services.unit.update(id, input);
