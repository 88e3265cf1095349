// Times are shown in the city's zone, Asia/Shanghai (UTC+8 all year, no daylight saving), whatever the
// browser's zone.
const ZONE = "Asia/Shanghai";
const DAY_MS = 86_400_000;

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function fields(date: Date): Record<string, string> {
  return Object.fromEntries(parts.formatToParts(date).map((part) => [part.type, part.value]));
}

/** `YYYY-MM-DD HH:mm:ss` in Asia/Shanghai. */
export function formatShanghai(value: string | Date): string {
  const f = fields(typeof value === "string" ? new Date(value) : value);
  return `${f.year}-${f.month}-${f.day} ${f.hour}:${f.minute}:${f.second}`;
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
export function formatShanghaiMinute(value: string | Date): string {
  return formatShanghai(value).slice(0, 16);
}

/** The instant of an Asia/Shanghai wall-clock time `YYYY-MM-DDTHH:mm:ss` (e.g. from a date picker). */
export function shanghaiWallClock(local: string): Date {
  return new Date(`${local}+08:00`);
}

/** The Asia/Shanghai calendar day (`YYYY-MM-DD`) an instant falls on. */
export function shanghaiDay(value: Date): string {
  const f = fields(value);
  return `${f.year}-${f.month}-${f.day}`;
}

/** The instant an Asia/Shanghai calendar day (`YYYY-MM-DD`) begins. */
export function shanghaiDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

export interface DayWindow {
  day: string;
  from: Date;
  to: Date;
}

/** The last `count` Asia/Shanghai days up to and including today, oldest first. */
export function lastDays(count: number, now: Date = new Date()): DayWindow[] {
  const today = shanghaiDayStart(shanghaiDay(now)).getTime();
  return Array.from({ length: count }, (_, index) => {
    const from = new Date(today - (count - 1 - index) * DAY_MS);
    return { day: shanghaiDay(from), from, to: new Date(from.getTime() + DAY_MS) };
  });
}
