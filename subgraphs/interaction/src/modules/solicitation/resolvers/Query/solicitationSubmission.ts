import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const solicitationSubmission: QueryResolvers["solicitationSubmission"] = (
  _parent,
  { id },
  { services },
) => services.solicitation.submissionById(id);
