import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const assignRole: MutationResolvers["assignRole"] = (_parent, { input }, { services }) =>
  services.role.assign(input);
