import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const signingKeys: QueryResolvers["signingKeys"] = (_parent, _args, { services }) =>
  services.security.signingKeys();
