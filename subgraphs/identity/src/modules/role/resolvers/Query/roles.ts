import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const roles: QueryResolvers["roles"] = (_parent, _args, { services }) => services.role.list();
