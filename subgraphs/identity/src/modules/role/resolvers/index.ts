import { assignRole } from "./Mutation/assignRole";
import { revokeRole } from "./Mutation/revokeRole";
import { roles } from "./Query/roles";
import { RoleAssignment } from "./RoleAssignment";

export const roleResolvers = {
  Query: { roles },
  Mutation: { assignRole, revokeRole },
  RoleAssignment,
  RoleScopeKind: { CITY: "city", UNIT: "unit", SITE: "site" },
};
