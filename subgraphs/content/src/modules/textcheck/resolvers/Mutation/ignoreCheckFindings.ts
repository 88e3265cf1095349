import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const ignoreCheckFindings: MutationResolvers["ignoreCheckFindings"] = (_parent, args, { services }) =>
  services.textcheck.ignore(args);
