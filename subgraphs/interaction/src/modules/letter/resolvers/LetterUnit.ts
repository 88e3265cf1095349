import type { LetterUnitResolvers } from "../../../generated/resolvers-types";

export const LetterUnit: LetterUnitResolvers = {
  role: (unit) => (unit.role === "lead" ? "LEAD" : "CO"),
  dueAt: async (unit, _args, { loaders, services }) => {
    const letter = await loaders.letterById.load(unit.letterId);
    return letter ? services.letter.unitDeadline(letter, unit) : null;
  },
};
