// 办理记录: every action with who took it, time (Asia/Shanghai) and comment, oldest first. Staff act for a
// unit (shown with it); the writer acts for nobody but themselves, and the platform (text check, overdue
// reminders) is named as such, so neither is shown as if a unit had acted. A rating shows its level.
import { Tag, Timeline, Typography } from "antd";
import { formatShanghaiMinute } from "#app/time";
import type { LetterDetailFragment } from "#gql/graphql";
import { ACTION_LABELS, RATING_LABELS } from "./labels";

type Entry = LetterDetailFragment["timeline"][number];

const COLORS: Record<string, string> = {
  not_accept: "red",
  reject_reply: "red",
  rework: "red",
  transfer: "orange",
  request_info: "orange",
  publish_reply: "green",
  close: "green",
  // 合并办理 on the merged letter and on its primary, and their undoing.
  merge: "purple",
  merge_in: "purple",
  unmerge: "gray",
  unmerge_out: "gray",
};

/** Who took the step: the writer, the platform, or a staff member with the unit. */
export function actorText(entry: Entry, nameOf: (unitId: string | null) => string): string {
  if (entry.actorKind === "CITIZEN") return entry.actorName ? `写信人 ${entry.actorName}` : "写信人";
  if (entry.actorKind === "SYSTEM") return `系统（${entry.actorName ?? "自动"}）`;
  return [entry.actorName, entry.unitId ? nameOf(entry.unitId) : null].filter(Boolean).join(" · ");
}

export function LetterTimeline(props: {
  timeline: LetterDetailFragment["timeline"];
  nameOf(unitId: string | null): string;
}) {
  return (
    <Timeline
      aria-label="办理记录"
      items={props.timeline.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.action] ?? "blue",
        title: formatShanghaiMinute(entry.at),
        content: (
          <div>
            <Typography.Text strong>{ACTION_LABELS[entry.action] ?? entry.action}</Typography.Text>
            <Typography.Text type="secondary"> {actorText(entry, props.nameOf)}</Typography.Text>
            {entry.rating && (
              <Tag color={entry.rating === "UNSATISFIED" ? "red" : "green"} style={{ marginLeft: 8 }}>
                {RATING_LABELS[entry.rating]}
              </Tag>
            )}
            {entry.comment && (
              <Typography.Paragraph style={{ margin: "4px 0 0", whiteSpace: "pre-wrap" }}>
                {entry.comment}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
