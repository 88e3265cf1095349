import type { LetterResolvers } from "../../../generated/resolvers-types";
import { maskPhone } from "../letter.access";

export const Letter: LetterResolvers = {
  __resolveReference: (reference, { services }) => services.letter.byId(reference.id),
  mailbox: (row, _args, { services }) => services.letter.mailboxOf(row),
  anonymous: (row) => !row.citizenId,
  contactPhone: (row) => maskPhone(row.contactPhone),
  draftReply: (row, _args, { services }) => services.letter.draftReplyOf(row),
  held: (row, _args, { services }) => services.letter.heldOf(row),
  checkResult: (row, _args, { services }) => services.letter.checkResultOf(row),
  routingSuggestion: (row, _args, { services }) => services.routing.suggestionFor(row),
  similarLetters: (row, _args, { services }) => services.routing.similarTo(row),
  units: (row, _args, { services }) => services.letter.units(row),
  timeline: (row, _args, { services }) => services.letter.timeline(row),
  deadline: (row, _args, { services }) => services.letter.deadline(row),
};
