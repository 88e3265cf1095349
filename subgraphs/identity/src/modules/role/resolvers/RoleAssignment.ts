import type { RoleAssignmentResolvers } from "../../../generated/resolvers-types";

export const RoleAssignment: RoleAssignmentResolvers = {
  role: async (row, _args, { loaders }) => {
    const role = await loaders.roleByCode.load(row.roleCode);
    if (!role) throw new Error(`role ${row.roleCode} missing`);
    return role;
  },
  unit: (row, _args, { loaders }) => (row.unitId ? loaders.unitById.load(row.unitId) : null),
  site: (row, _args, { loaders }) => (row.siteId ? loaders.siteById.load(row.siteId) : null),
};
