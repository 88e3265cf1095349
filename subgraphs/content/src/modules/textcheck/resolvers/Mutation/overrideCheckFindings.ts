import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const overrideCheckFindings: MutationResolvers["overrideCheckFindings"] = (
  _parent,
  args,
  { services },
) => services.textcheck.override(args);
