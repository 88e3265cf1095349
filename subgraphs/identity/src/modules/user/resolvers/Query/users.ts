import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const users: QueryResolvers["users"] = (_parent, { filter, offset, limit }, { services }) =>
  services.user.list(filter, offset ?? 0, limit ?? 50);
