import type { QueryResolvers } from "../../../../generated/resolvers-types";

export const calendarYear: QueryResolvers["calendarYear"] = (_parent, { year }, { services }) =>
  services.calendar.year(year);
