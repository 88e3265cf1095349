import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const apiClientToken: MutationResolvers["apiClientToken"] = (
  _parent,
  { clientId, secret },
  { services },
) => services.apiClient.token(clientId, secret);
