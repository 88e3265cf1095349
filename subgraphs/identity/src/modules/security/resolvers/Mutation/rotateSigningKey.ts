import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const rotateSigningKey: MutationResolvers["rotateSigningKey"] = (_parent, _args, { services }) =>
  services.security.rotateSigningKey();
