import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const exportSolicitationSubmissions: MutationResolvers["exportSolicitationSubmissions"] = (
  _parent,
  { id },
  { services },
) => services.solicitation.export(id);
