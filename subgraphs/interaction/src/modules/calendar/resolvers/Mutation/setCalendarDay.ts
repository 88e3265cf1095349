import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setCalendarDay: MutationResolvers["setCalendarDay"] = (_parent, { input }, { services }) =>
  services.calendar.setDay(input);
