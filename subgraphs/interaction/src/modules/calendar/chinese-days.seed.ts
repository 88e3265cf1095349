// The official calendar as published in the chinese-days package: holidays and make-up working days.
import data from "chinese-days/dist/chinese-days.json";
import type { DayKind } from "./workdays";

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface SeedDay {
  date: string;
  kind: DayKind;
  name: string;
}

/** "Spring Festival,春节,4" → "春节". */
function chineseName(value: string): string {
  return value.split(",")[1] ?? value;
}

export function chineseDaysSeed(): { days: SeedDay[]; years: number[] } {
  const source = data as ChineseDaysData;
  const days: SeedDay[] = [
    ...Object.entries(source.holidays).map(([date, value]) => ({
      date,
      kind: "holiday" as const,
      name: chineseName(value),
    })),
    ...Object.entries(source.workdays).map(([date, value]) => ({
      date,
      kind: "makeup_workday" as const,
      name: `${chineseName(value)}调休上班`,
    })),
  ];
  const years = [...new Set(days.map((day) => Number(day.date.slice(0, 4))))].sort();
  return { days, years };
}
