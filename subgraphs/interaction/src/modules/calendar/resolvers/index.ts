import { setCalendarDay } from "./Mutation/setCalendarDay";
import { setCalendarYearCovered } from "./Mutation/setCalendarYearCovered";
import { calendarYear } from "./Query/calendarYear";

export const calendarResolvers = {
  Query: { calendarYear },
  Mutation: { setCalendarDay, setCalendarYearCovered },
  CalendarDayKind: { WORKDAY: "workday", HOLIDAY: "holiday", MAKEUP_WORKDAY: "makeup_workday" },
};
