import type { LetterResolvers } from "../../../generated/resolvers-types";

const Letter: Pick<LetterResolvers, "attachments"> = {
  attachments: (row, _args, { services }) => services.attachment.ofLetter(row.id),
};

export const attachmentResolvers = { Letter };
