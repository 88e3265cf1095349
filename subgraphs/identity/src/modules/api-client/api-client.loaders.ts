import { loaderByKey } from "@jiyue/server-kit";
import type { ApiClientRepository } from "./api-client.repository";

export function createApiClientLoaders(repository: ApiClientRepository) {
  return {
    apiClientById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
  };
}
export type ApiClientLoaders = ReturnType<typeof createApiClientLoaders>;
