import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createSite: MutationResolvers["createSite"] = (_parent, { input }, { services }) =>
  services.site.create(input);
