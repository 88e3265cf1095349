import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const checkText: QueryResolvers["checkText"] = (_parent, args, { services }) =>
  services.textcheck.checkText(args);
