// Answers to the choice questions as horizontal bars (count and share of those who answered).
import { useQuery } from "@apollo/client/react";
import { Card, Empty, Flex, Progress, Space, Spin, Typography } from "antd";
import { SolicitationChoiceStatsDocument } from "../graphql/solicitationChoiceStats";
import { KIND_LABELS } from "./labels";

export function ChoiceStatsChart({ solicitationId }: { solicitationId: string }) {
  const { data, loading } = useQuery(SolicitationChoiceStatsDocument, {
    variables: { id: solicitationId },
    fetchPolicy: "cache-and-network",
  });
  const stats = data?.solicitation?.choiceStats;
  if (!stats) return loading ? <Spin aria-label="加载中" /> : null;
  if (!stats.length) return <Empty description="本次征集没有选择题" />;
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {stats.map((question) => (
        <Card
          key={question.questionId}
          size="small"
          title={`${question.title}（${KIND_LABELS[question.kind]}）`}
          extra={<Typography.Text type="secondary">{question.answered} 人作答</Typography.Text>}
        >
          <figure aria-label={`${question.title} 的统计`} style={{ margin: 0 }}>
            {question.options.map((option) => {
              const percent = question.answered ? Math.round((option.count / question.answered) * 100) : 0;
              return (
                <Flex key={option.option} align="center" gap={12}>
                  <span style={{ width: 160, flex: "none" }}>{option.option}</span>
                  <Progress
                    percent={percent}
                    format={() => `${option.count} 人（${percent}%）`}
                    style={{ flex: 1, margin: 0 }}
                    aria-label={`${option.option}：${option.count} 人`}
                  />
                </Flex>
              );
            })}
          </figure>
        </Card>
      ))}
    </Space>
  );
}
