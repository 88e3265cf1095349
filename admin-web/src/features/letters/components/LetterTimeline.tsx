// 办理记录: every action with its actor, unit, time (Asia/Shanghai) and comment, oldest first.
import { Timeline, Typography } from "antd";
import { formatShanghaiMinute } from "#app/time";
import type { LetterDetailFragment } from "#gql/graphql";
import { ACTION_LABELS } from "./labels";

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
            <Typography.Text type="secondary">
              {" "}
              {[entry.actorName, entry.unitId ? props.nameOf(entry.unitId) : null]
                .filter(Boolean)
                .join(" · ")}
            </Typography.Text>
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
