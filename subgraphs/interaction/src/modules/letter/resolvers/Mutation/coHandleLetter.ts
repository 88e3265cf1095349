import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const coHandleLetter: MutationResolvers["coHandleLetter"] = (
  _parent,
  { id, unitIds, comment },
  { services },
) => services.letter.coHandle(id, unitIds, comment);
