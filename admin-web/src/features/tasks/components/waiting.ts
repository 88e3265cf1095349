import type { ReviewTaskFragment } from "#gql/graphql";

/** Since when the article waits at its stage: its latest transition (submit or the previous approval). */
export function waitingSince(task: ReviewTaskFragment): string {
  const times = task.timeline.map((entry) => entry.at).sort();
  return times[times.length - 1] ?? task.updatedAt;
}

/** Who sent it for review: the latest submit's actor, else the author. */
export function submitterOf(task: ReviewTaskFragment): string {
  const submits = task.timeline.filter((entry) => entry.action === "SUBMIT");
  return (
    submits.sort((a, b) => a.at.localeCompare(b.at)).at(-1)?.actor?.displayName ?? task.createdBy.displayName
  );
}

export function waitingText(since: string, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} 小时`;
  return `${Math.floor(hours / 24)} 天 ${hours % 24} 小时`;
}
