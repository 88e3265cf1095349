import { Empty, Timeline, Typography } from "antd";
import { formatShanghaiMinute } from "#app/time";
import type { TransitionFragment } from "#gql/graphql";
import { ACTION_LABELS } from "./labels";

const COLORS: Partial<Record<TransitionFragment["action"], string>> = {
  APPROVE: "green",
  PUBLISH: "green",
  REJECT: "red",
  UNPUBLISH: "red",
  WITHDRAW: "gray",
  CHECK_OVERRIDE: "orange",
};

/** Every review transition, oldest first: action, stage, actor, comment and time. */
export function ArticleTimeline({ entries }: { entries: readonly TransitionFragment[] }) {
  if (entries.length === 0)
    return <Empty description="还没有审核记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={entries.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.action] ?? "blue",
        content: (
          <div>
            <Typography.Text strong>{ACTION_LABELS[entry.action]}</Typography.Text>
            {entry.stageName && <Typography.Text type="secondary"> · {entry.stageName}</Typography.Text>}
            <div>
              {entry.actor?.displayName ?? entry.actorName} · {formatShanghaiMinute(entry.at)} · 第{" "}
              {entry.revision.number} 版
            </div>
            {entry.comment && (
              <Typography.Paragraph style={{ margin: 0 }}>
                {/* An override's comment names what was let through and why. */}
                {entry.action === "CHECK_OVERRIDE" ? entry.comment : `意见：${entry.comment}`}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
