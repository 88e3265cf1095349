import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const reviewSolicitationSubmission: MutationResolvers["reviewSolicitationSubmission"] = (
  _parent,
  { id, adoption, reason },
  { services },
) => services.solicitation.review(id, adoption, reason);
