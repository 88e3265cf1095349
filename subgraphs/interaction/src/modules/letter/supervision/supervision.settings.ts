// Platform settings of 督办: how early a letter counts as soon due, and when reminders may be sent.

export const DEFAULT_WARN_WORKDAYS = 3;
/** Reminders go out on working days between these China times (minutes after midnight): 09:00–17:30. */
export const REMINDER_FROM_MINUTE = 9 * 60;
export const REMINDER_UNTIL_MINUTE = 17 * 60 + 30;
export const REMINDER_HOURS_LABEL = "09:00-17:30";

/** JIYUE_LETTER_WARN_WORKDAYS (whole working days 0–30), default 3. */
export function warnWorkdays(raw = process.env.JIYUE_LETTER_WARN_WORKDAYS): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_WARN_WORKDAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > 30)
    throw new Error(`JIYUE_LETTER_WARN_WORKDAYS must be a whole number of working days 0–30, got "${raw}"`);
  return days;
}
