import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const letterByQueryCode: QueryResolvers["letterByQueryCode"] = (_parent, { code }, { services }) =>
  services.letter.byQueryCode(code);
