import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const updateSecurityPolicy: MutationResolvers["updateSecurityPolicy"] = (
  _parent,
  { input },
  { services },
) => services.security.update(input);
