// Dates as citizens read them, always in Asia/Shanghai whatever the server's time zone.
const PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function partsOf(iso: string): Record<"year" | "month" | "day" | "hour" | "minute", string> {
  const values = { year: "", month: "", day: "", hour: "", minute: "" };
  for (const part of PARTS.formatToParts(new Date(iso))) {
    if (part.type in values) values[part.type as keyof typeof values] = part.value;
  }
  return values;
}

/** YYYY-MM-DD HH:MM */
export function formatDateTime(iso: string): string {
  const p = partsOf(iso);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** YYYY-MM-DD */
export function formatDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.year}-${p.month}-${p.day}`;
}

/** MM-DD (home page blocks) */
export function formatShortDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.month}-${p.day}`;
}
