import { notFound } from "@jiyue/server-kit";
import type { LexiconExemptionResolvers } from "../../../generated/resolvers-types";

export const LexiconExemption: LexiconExemptionResolvers = {
  entry: async (row, _args, { loaders }) => {
    const entry = await loaders.lexiconEntryById.load(row.entryId);
    if (!entry) throw notFound("词条", row.entryId);
    return entry;
  },
};
