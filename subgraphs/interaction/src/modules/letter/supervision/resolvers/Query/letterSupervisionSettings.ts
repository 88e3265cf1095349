import type { QueryResolvers } from "../../../../../generated/resolvers-types";

export const letterSupervisionSettings: QueryResolvers["letterSupervisionSettings"] = (
  _parent,
  _args,
  { services },
) => services.letterSupervision.settings();
