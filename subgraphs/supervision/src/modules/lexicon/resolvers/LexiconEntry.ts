import { notFound } from "@jiyue/server-kit";
import type { LexiconEntryResolvers } from "../../../generated/resolvers-types";

export const LexiconEntry: LexiconEntryResolvers = {
  __resolveReference: async (reference, { services }) => {
    const row = await services.lexicon.byId(reference.id);
    if (!row) throw notFound("词条", reference.id);
    return row;
  },
};
