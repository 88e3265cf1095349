import type { MutationResolvers } from "../../../../../generated/resolvers-types";

export const superviseLetter: MutationResolvers["superviseLetter"] = (
  _parent,
  { id, comment },
  { services },
) => services.letterSupervision.supervise(id, comment);
