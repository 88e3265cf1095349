import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const apiClients: QueryResolvers["apiClients"] = (_parent, _args, { services }) =>
  services.apiClient.list();
