import { type Caller, can, forbidden, requireStaff } from "@jiyue/server-kit";
import type { UserResolvers } from "../../../generated/resolvers-types";
import { isOwnRow } from "../user.privacy";
import { unitScope } from "../user.service";
import type { UserRow } from "../user.sql";

/**
 * Any staff member may resolve a user (author and actor names across the graph) but sees only id and
 * displayName; the rest needs user.read over the user's unit, or being that user.
 */
function assertMayReadPrivate(caller: Caller, row: UserRow): void {
  if (isOwnRow(row)) return;
  const staff = requireStaff(caller);
  if (staff.userId === row.id || can(staff, "user.read", unitScope(row.unitId))) return;
  throw forbidden("没有权限查看该用户的详细信息");
}

const guarded =
  <K extends keyof UserRow>(field: K) =>
  (row: UserRow, _args: unknown, { caller }: { caller: Caller }) => {
    assertMayReadPrivate(caller, row);
    return row[field];
  };

export const User: UserResolvers = {
  __resolveReference: (reference, { caller, loaders }) => {
    requireStaff(caller);
    return loaders.userById.load(reference.id);
  },
  unit: (row, _args, { loaders }) => (row.unitId ? loaders.unitById.load(row.unitId) : null),
  username: guarded("username"),
  email: guarded("email"),
  phone: guarded("phone"),
  // codegen types mapped enums as null; the enum's value map turns the stored value into the GraphQL name.
  status: guarded("status") as unknown as UserResolvers["status"],
  totpEnabled: guarded("totpEnabled"),
  lockedUntil: guarded("lockedUntil"),
  lastLoginAt: guarded("lastLoginAt"),
  roles: (row, _args, { caller, loaders }) => {
    assertMayReadPrivate(caller, row);
    return loaders.assignmentsByUser.load(row.id);
  },
};
