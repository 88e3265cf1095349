import { notFound } from "@jiyue/server-kit";
import type { ReviewTransitionResolvers } from "../../../generated/resolvers-types";

export const ReviewTransition: ReviewTransitionResolvers = {
  // Scheduled jobs act as the system: no user to resolve, only the recorded name.
  actor: (row) => (row.actorId ? { __typename: "User", id: row.actorId } : null),
  actorName: (row) => row.actorName,
  revision: async (row, _args, { loaders }) => {
    const revision = await loaders.revisionById.load(row.revisionId);
    if (!revision) throw notFound("修订", row.revisionId);
    return revision;
  },
};
