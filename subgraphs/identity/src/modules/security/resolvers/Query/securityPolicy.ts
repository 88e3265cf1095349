import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const securityPolicy: QueryResolvers["securityPolicy"] = (_parent, _args, { services }) =>
  services.security.policy();
