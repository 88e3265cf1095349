import { ApiClient } from "./ApiClient";
import { apiClientToken } from "./Mutation/apiClientToken";
import { createApiClient } from "./Mutation/createApiClient";
import { revokeApiClient } from "./Mutation/revokeApiClient";
import { apiClients } from "./Query/apiClients";

export const apiClientResolvers = {
  Query: { apiClients },
  Mutation: { createApiClient, revokeApiClient, apiClientToken },
  ApiClient,
};
