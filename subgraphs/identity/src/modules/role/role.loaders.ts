import { loaderByKey, loaderOfMany } from "@jiyue/server-kit";
import type { RoleRepository } from "./role.repository";

export function createRoleLoaders(repository: RoleRepository) {
  return {
    roleByCode: loaderByKey(
      (codes: readonly string[]) => repository.byCodes(codes),
      (row) => row.code,
    ),
    assignmentById: loaderByKey(
      (ids: readonly string[]) => repository.assignmentsByIds(ids),
      (row) => row.id,
    ),
    assignmentsByUser: loaderOfMany(
      (ids: readonly string[]) => repository.assignmentsOfUsers(ids),
      (row) => row.userId,
    ),
  };
}
export type RoleLoaders = ReturnType<typeof createRoleLoaders>;
