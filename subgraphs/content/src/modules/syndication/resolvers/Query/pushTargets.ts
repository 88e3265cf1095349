import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const pushTargets: QueryResolvers["pushTargets"] = (_parent, _args, { services }) =>
  services.syndication.targets();
