import type { SolicitationSubmissionResolvers } from "../../../generated/resolvers-types";

export const SolicitationSubmission: SolicitationSubmissionResolvers = {
  solicitation: (row, _args, { services }) => services.solicitation.campaignOf(row),
  anonymous: (row) => !row.citizenId,
  answers: (row, _args, { services }) => services.solicitation.answersOf(row),
  contactName: (row, _args, { services }) => services.solicitation.personalDataOf(row).name,
  contactPhone: (row, _args, { services }) => services.solicitation.personalDataOf(row).phone,
  held: (row, _args, { services }) => services.solicitation.heldOf(row),
  checkResult: (row, _args, { services }) => services.solicitation.checkResultOf(row),
};
