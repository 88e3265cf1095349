// Dates of imported items: a date or a date-time, with or without a zone; no zone means Asia/Shanghai.

/** Asia/Shanghai has had no daylight saving time since 1991: a fixed UTC+8. */
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

const DATE_TIME =
  /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return SHANGHAI_OFFSET_MINUTES;
  if (zone.toUpperCase() === "Z") return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return match[1] === "-" ? -minutes : minutes;
}

/** The instant of an item's date, or null when it is not a real calendar date/time. */
export function parseItemDate(raw: unknown): Date | null {
  if (typeof raw !== "string") return null;
  const match = DATE_TIME.exec(raw.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (year < 1900 || year > 2100 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(
    year,
    month - 1,
    day,
    hour,
    minute,
    second,
    Math.round(Number(`0.${frac ?? 0}`) * 1000),
  );
  const check = new Date(local);
  // Date.UTC rolls 2024-02-30 over to March: a changed day or month means the date does not exist.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  const offset = offsetMinutes(zone);
  if (offset === null) return null;
  return new Date(local - offset * 60_000);
}

/** The calendar day of an instant in Asia/Shanghai, e.g. "2024-03-05" (duplicates are judged per day). */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}
