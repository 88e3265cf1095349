import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createUnit: MutationResolvers["createUnit"] = (_parent, { input }, { services }) =>
  services.unit.create(input);
