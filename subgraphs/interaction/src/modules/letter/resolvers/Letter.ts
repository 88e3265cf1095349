import { maskPersonalData } from "@jiyue/content-text";
import type { LetterResolvers } from "../../../generated/resolvers-types";
import { maskPhone, seesFullLetter } from "../letter.access";
import { unitTextMask } from "../letter.privacy";

export const Letter: LetterResolvers = {
  __resolveReference: (reference, { services }) => services.letter.byId(reference.id),
  mailbox: (row, _args, { services }) => services.letter.mailboxOf(row),
  anonymous: (row) => !row.citizenId,
  // Personal data in the text only for the writer, the handling units and city-wide roles (see seesFullLetter).
  title: async (row, _args, { caller, services }) =>
    seesFullLetter(caller, row, await services.letter.units(row)) ? row.title : maskPersonalData(row.title),
  content: async (row, _args, { caller, services }) =>
    seesFullLetter(caller, row, await services.letter.units(row))
      ? row.content
      : maskPersonalData(row.content),
  // Masked wherever letters are listed; the detail asks for contactPhoneFull, which only staff who read the full
  // letter get (the handling units must be able to call the writer back).
  contactPhone: (row) => maskPhone(row.contactPhone),
  contactPhoneFull: (row, _args, { services }) => services.letter.contactPhoneFullOf(row),
  writerName: (row, _args, { services }) => services.letter.writerNameOf(row),
  // The reply is the unit's text and reaches the writer as approved; whoever sees the letter masked (a unit-level
  // supervisor) sees the writer's data in it masked too, the unit's office numbers kept (the writer's own landline,
  // as the letter gives it, masked).
  reply: async (row, _args, { caller, services }) =>
    !row.reply || seesFullLetter(caller, row, await services.letter.units(row))
      ? row.reply
      : maskPersonalData(row.reply, unitTextMask([], [row.title, row.content, row.contactPhone])),
  draftReply: (row, _args, { services }) => services.letter.draftReplyOf(row),
  held: (row, _args, { services }) => services.letter.heldOf(row),
  checkResult: (row, _args, { services }) => services.letter.checkResultOf(row),
  routingSuggestion: (row, _args, { services }) => services.routing.suggestionFor(row),
  similarLetters: (row, _args, { services }) => services.routing.similarTo(row),
  units: (row, _args, { services }) => services.letter.units(row),
  mergedInto: (row, _args, { services }) => services.letterMerge.mergedInto(row),
  mergedLetters: (row, _args, { services }) => services.letterMerge.mergedLetters(row),
  timeline: (row, _args, { services }) => services.letter.timeline(row),
  deadline: (row, _args, { services }) => services.letter.deadline(row),
};
