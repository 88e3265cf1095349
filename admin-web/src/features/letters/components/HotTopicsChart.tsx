// The biggest 热点问题 as horizontal bars of their letter counts, the longest bar for the biggest topic (the
// server lists them biggest first). antd's Progress draws the bars, as for the solicitation statistics.
import { Empty, Flex, Progress, Typography } from "antd";

export interface TopicCount {
  /** Tells topics apart: labels are masked titles and may repeat. */
  key: string;
  label: string;
  count: number;
}

/** How many topics the chart shows; the table below lists them all. */
export const CHART_TOPICS = 10;

export function HotTopicsChart({ topics }: { topics: readonly TopicCount[] }) {
  const shown = topics.slice(0, CHART_TOPICS);
  if (shown.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无热点问题" />;
  const max = Math.max(1, ...shown.map((topic) => topic.count));
  return (
    <figure aria-label="热点问题信件数" style={{ margin: 0 }}>
      {shown.map((topic) => (
        <Flex key={topic.key} align="center" gap={12}>
          <Typography.Text ellipsis={{ tooltip: topic.label }} style={{ width: 220, flex: "none" }}>
            {topic.label}
          </Typography.Text>
          <Progress
            percent={Math.round((topic.count / max) * 100)}
            format={() => `${topic.count} 封`}
            style={{ flex: 1, margin: 0 }}
            aria-label={`${topic.label}：${topic.count} 封`}
          />
        </Flex>
      ))}
    </figure>
  );
}
