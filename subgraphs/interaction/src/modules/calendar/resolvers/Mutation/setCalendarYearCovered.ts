import type { MutationResolvers } from "../../../../generated/resolvers-types";

export const setCalendarYearCovered: MutationResolvers["setCalendarYearCovered"] = async (
  _parent,
  { year, covered },
  { services },
) => {
  await services.calendar.setYearCovered({ year, covered });
  return services.calendar.year(year);
};
