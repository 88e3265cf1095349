import type { SolicitationResolvers } from "../../../generated/resolvers-types";

export const Solicitation: SolicitationResolvers = {
  __resolveReference: (reference, { services }) => services.solicitation.byId(reference.id),
  status: (row, _args, { services }) => services.solicitation.phase(row),
  acceptingSubmissions: (row, _args, { services }) => services.solicitation.phase(row) === "open",
  submissionCount: (row, _args, { services }) => services.solicitation.submissionCount(row),
  feedback: (row, _args, { services }) => services.solicitation.feedbackOf(row),
  submissions: (row, { filter, first, offset }, { services }) =>
    services.solicitation.submissions(row, filter, {
      first: first ?? undefined,
      offset: offset ?? undefined,
    }),
  choiceStats: (row, _args, { services }) => services.solicitation.choiceStats(row),
};
