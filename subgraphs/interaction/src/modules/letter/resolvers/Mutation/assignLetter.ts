import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const assignLetter: MutationResolvers["assignLetter"] = (
  _parent,
  { id, unitId, comment },
  { services },
) => services.letter.assign(id, unitId, comment);
