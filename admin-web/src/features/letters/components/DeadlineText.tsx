// The citizen deadline as the list shows it: date, remaining working days coloured by urgency (or, once the
// reply is published, whether it came on time), and a warning when the calendar does not cover the year the
// deadline falls in.
import { PauseCircleOutlined, WarningOutlined } from "@ant-design/icons";
import { Space, Tooltip, Typography } from "antd";
import type { LetterRowFragment } from "#gql/graphql";
import { deadlineLevel, LEVEL_COLORS, remainingText, repliedLevel, repliedText } from "./deadline";

export const UNCOVERED_HINT = "期限跨越了工作日历未录入的年份，按普通周历估算，请人工核对";

export function DeadlineText({ deadline }: { deadline: LetterRowFragment["deadline"] }) {
  if (!deadline.citizenDueAt) return <Typography.Text type="secondary">受理后计时</Typography.Text>;
  const level = deadlineLevel(deadline.remainingWorkdays);
  return (
    <Space size={4} wrap>
      <span>{deadline.citizenDueAt}</span>
      {deadline.remainingWorkdays !== null && (
        <span data-level={level} style={{ color: LEVEL_COLORS[level] }}>
          （{remainingText(deadline.remainingWorkdays)}）
        </span>
      )}
      {deadline.repliedLateWorkdays !== null && (
        <span
          data-level={repliedLevel(deadline.repliedLateWorkdays)}
          style={{ color: LEVEL_COLORS[repliedLevel(deadline.repliedLateWorkdays)] }}
        >
          （{repliedText(deadline.repliedLateWorkdays)}）
        </span>
      )}
      {deadline.paused && (
        <Tooltip title="待写信人补充材料，计时暂停">
          <PauseCircleOutlined aria-label="计时暂停" />
        </Tooltip>
      )}
      {deadline.uncovered && (
        <Tooltip title={UNCOVERED_HINT}>
          <WarningOutlined aria-label="工作日历未覆盖" style={{ color: "#d46b08" }} />
        </Tooltip>
      )}
    </Space>
  );
}
