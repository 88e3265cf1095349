import type { KnowledgeEntryResolvers } from "../../../generated/resolvers-types";

export const KnowledgeEntry: KnowledgeEntryResolvers = {
  __resolveReference: (reference, { services }) => services.knowledge.byId(reference.id),
  unit: (row) => ({ __typename: "Unit", id: row.unitId }),
  letterId: (row, _args, { services }) => services.knowledge.letterIdOf(row),
  withdrawn: (row) => row.status === "withdrawn",
};
