import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const lexiconExemptions: QueryResolvers["lexiconExemptions"] = (_parent, { unitId }, { services }) =>
  services.lexicon.exemptionsOf(unitId);
