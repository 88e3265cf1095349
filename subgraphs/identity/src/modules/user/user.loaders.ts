import { loaderByKey } from "@jiyue/server-kit";
import type { UserRepository } from "./user.repository";

export function createUserLoaders(repository: UserRepository) {
  return {
    userById: loaderByKey(
      (ids: readonly string[]) => repository.byIds(ids),
      (row) => row.id,
    ),
  };
}
export type UserLoaders = ReturnType<typeof createUserLoaders>;
