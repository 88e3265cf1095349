import type { UserResolvers } from "../../../generated/resolvers-types";

export const User: UserResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.userById.load(reference.id),
  unit: (row, _args, { loaders }) => (row.unitId ? loaders.unitById.load(row.unitId) : null),
  roles: (row, _args, { loaders }) => loaders.assignmentsByUser.load(row.id),
};
