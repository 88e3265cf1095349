import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createApiClient: MutationResolvers["createApiClient"] = (_parent, { input }, { services }) =>
  services.apiClient.create(input);
