import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const platformSettings: QueryResolvers["platformSettings"] = (_parent, _args, { services }) =>
  services.settings.get();
