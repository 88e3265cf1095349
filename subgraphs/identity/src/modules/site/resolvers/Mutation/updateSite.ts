import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateSite: MutationResolvers["updateSite"] = (_parent, { id, input }, { services }) =>
  services.site.update(id, input);
