// How urgent a letter's citizen deadline is, for the list's and the card's colours; and, once the reply is
// published, whether it came on time.
export const WARN_WITHIN_WORKDAYS = 3;

export type DeadlineLevel = "none" | "ok" | "warning" | "overdue";

export function deadlineLevel(remainingWorkdays: number | null): DeadlineLevel {
  if (remainingWorkdays === null) return "none";
  if (remainingWorkdays < 0) return "overdue";
  if (remainingWorkdays <= WARN_WITHIN_WORKDAYS) return "warning";
  return "ok";
}

export const LEVEL_COLORS: Record<DeadlineLevel, string | undefined> = {
  none: undefined,
  ok: undefined,
  warning: "#d46b08",
  overdue: "#cf1322",
};

export function remainingText(remainingWorkdays: number | null): string {
  if (remainingWorkdays === null) return "";
  if (remainingWorkdays < 0) return `逾期 ${-remainingWorkdays} 个工作日`;
  if (remainingWorkdays === 0) return "今日到期";
  return `剩余 ${remainingWorkdays} 个工作日`;
}

/** The deadline once the reply is published (LetterDeadline.repliedLateWorkdays): met, or missed by how much. */
export function repliedText(repliedLateWorkdays: number): string {
  return repliedLateWorkdays > 0 ? `超期 ${repliedLateWorkdays} 个工作日答复` : "已按期答复";
}

export function repliedLevel(repliedLateWorkdays: number): DeadlineLevel {
  return repliedLateWorkdays > 0 ? "overdue" : "ok";
}
