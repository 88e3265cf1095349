import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const loginMethods: QueryResolvers["loginMethods"] = (_parent, _args, { services }) =>
  services.oidc.loginMethods();
