// 办理期限: the citizen-facing deadline (keeps running across transfers), the current unit's own one,
// the pause while waiting for the citizen, the calendar-coverage warning, and once the reply is published
// whether it met the deadline.
import { Alert, Card, Descriptions, Tag } from "antd";
import type { LetterDetailFragment } from "#gql/graphql";
import { UNCOVERED_HINT } from "./DeadlineText";
import { deadlineLevel, LEVEL_COLORS, remainingText, repliedLevel, repliedText } from "./deadline";

export function DeadlineCard({
  letter,
}: {
  letter: Pick<LetterDetailFragment, "deadline" | "mailbox" | "status">;
}) {
  const { deadline } = letter;
  const level = deadlineLevel(deadline.remainingWorkdays);
  return (
    <Card title="办理期限" size="small">
      {deadline.uncovered && (
        <Alert type="warning" showIcon title={UNCOVERED_HINT} style={{ marginBottom: 12 }} />
      )}
      <Descriptions column={1} size="small">
        <Descriptions.Item label="办理时限">{letter.mailbox.deadlineWorkdays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="答复期限（面向写信人）">
          {deadline.citizenDueAt ?? "受理后开始计时"}
        </Descriptions.Item>
        <Descriptions.Item label="本单位期限">{deadline.unitDueAt ?? "—"}</Descriptions.Item>
        {deadline.remainingWorkdays !== null && (
          <Descriptions.Item label="剩余">
            <span data-level={level} style={{ color: LEVEL_COLORS[level] }}>
              {remainingText(deadline.remainingWorkdays)}
            </span>
          </Descriptions.Item>
        )}
        {deadline.repliedLateWorkdays !== null && (
          <Descriptions.Item label="答复">
            <span
              data-level={repliedLevel(deadline.repliedLateWorkdays)}
              style={{ color: LEVEL_COLORS[repliedLevel(deadline.repliedLateWorkdays)] }}
            >
              {repliedText(deadline.repliedLateWorkdays)}
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {deadline.paused && <Tag color="gold">待写信人补充材料，计时暂停</Tag>}
      {letter.status === "MERGED" && <Tag color="purple">已并入主信件合并办理，随主信件答复</Tag>}
    </Card>
  );
}
