import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const createUser: MutationResolvers["createUser"] = (_parent, { input }, { services }) =>
  services.user.create(input);
