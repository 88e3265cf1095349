import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const revokeApiClient: MutationResolvers["revokeApiClient"] = (_parent, { id }, { services }) =>
  services.apiClient.revoke(id);
