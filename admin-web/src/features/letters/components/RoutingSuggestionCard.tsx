// 分办建议: the classifier's likely categories and the unit the category → unit mapping points to, shown to
// dispatchers before they assign (the assign form starts with the suggested unit).
import { Card, Descriptions, Space, Tag, Typography } from "antd";
import type { LetterRoutingSuggestionQuery } from "#gql/graphql";

export type RoutingSuggestion = NonNullable<
  NonNullable<LetterRoutingSuggestionQuery["letter"]>["routingSuggestion"]
>;

const percent = (value: number) => `${Math.round(value * 100)}%`;

const SOURCES: Record<string, string> = { CORRECTIONS: "按分办人员纠正", CONFIGURED: "按类别对照表" };

export function RoutingSuggestionCard({ suggestion }: { suggestion: RoutingSuggestion }) {
  return (
    <Card title="分办建议" size="small">
      <Descriptions column={1} size="small">
        <Descriptions.Item label="建议类别">
          {suggestion.categories.length ? (
            <Space wrap size={4}>
              {suggestion.categories.slice(0, 3).map((guess) => (
                <Tag key={guess.category} color={guess.category === suggestion.category ? "blue" : undefined}>
                  {guess.category} {percent(guess.confidence)}
                </Tag>
              ))}
            </Space>
          ) : (
            (suggestion.category ?? "—")
          )}
        </Descriptions.Item>
        <Descriptions.Item label="建议承办单位">
          {suggestion.unit ? (
            <span>
              {suggestion.unit.name}
              {suggestion.unitConfidence !== null && ` ${percent(suggestion.unitConfidence)}`}
            </span>
          ) : (
            "暂无建议"
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary">
        {suggestion.modelVersion === null
          ? "尚无分类模型，按写信人所选类别建议"
          : `模型第 ${suggestion.modelVersion} 版`}
        {suggestion.unitSource && SOURCES[suggestion.unitSource] ? `，${SOURCES[suggestion.unitSource]}` : ""}
      </Typography.Text>
    </Card>
  );
}
