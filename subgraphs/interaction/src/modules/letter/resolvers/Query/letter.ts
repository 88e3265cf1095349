import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const letter: QueryResolvers["letter"] = (_parent, { id }, { services }) => services.letter.byId(id);
