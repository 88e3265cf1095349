import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const publishSolicitationFeedback: MutationResolvers["publishSolicitationFeedback"] = (
  _parent,
  { id, input },
  { services },
) => services.solicitation.publishFeedback(id, input);
