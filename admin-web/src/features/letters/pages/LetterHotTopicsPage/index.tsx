// 热点问题: for dispatchers, supervisors and city overseers, the letters of the last days the caller may see,
// clustered by similarity on the server; a cluster of at least 最少信件数 letters is a hot topic. The chart shows
// the biggest, the table all of them with their letters.
import { useQuery } from "@apollo/client/react";
import { Alert, Card, Flex, InputNumber, Segmented, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute, shanghaiDay } from "#app/time";
import type { LetterHotTopicsQuery, LetterStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { HotTopicsChart } from "../../components/HotTopicsChart";
import { STATUS_LABELS } from "../../components/labels";
import { LetterHotTopicsDocument } from "../../graphql/letterHotTopics";
import { useUnitNames } from "../../hooks/useUnitNames";

type Topic = LetterHotTopicsQuery["letterHotTopics"][number];
type TopicLetter = Topic["letters"][number];
type Row = Topic & { key: string };

export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];
/** The server's bounds for 最少信件数. */
const MIN_SIZE = 2;
const MAX_SIZE = 100;

const day = (value: string) => shanghaiDay(new Date(value));

export function LetterHotTopicsPage() {
  usePageTitle("热点问题");
  const [days, setDays] = useState<Period>(30);
  const [minSize, setMinSize] = useState(3);
  const { nameOf } = useUnitNames();
  const { data, loading } = useQuery(LetterHotTopicsDocument, {
    variables: { days, minSize },
    fetchPolicy: "cache-and-network",
  });
  // Topics share no letter, so a topic's first letter names it in the chart and the table.
  const rows: Row[] = (data?.letterHotTopics ?? []).map((topic) => ({
    ...topic,
    key: topic.letters[0]?.id ?? `${topic.label}-${topic.first}`,
  }));

  return (
    <section>
      <PageHeader title="热点问题" />
      <Flex wrap gap={16} align="center" style={{ marginBottom: 12 }}>
        <Segmented<Period>
          aria-label="统计时段"
          value={days}
          onChange={setDays}
          options={PERIODS.map((value) => ({ value, label: `近${value}天` }))}
        />
        <Space size={8}>
          <span>最少信件数</span>
          <InputNumber
            aria-label="最少信件数"
            min={MIN_SIZE}
            max={MAX_SIZE}
            precision={0}
            value={minSize}
            // An emptied field keeps the last valid number instead of asking the server for nothing.
            onChange={(value) => {
              if (typeof value === "number") setMinSize(value);
            }}
          />
        </Space>
      </Flex>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={`近 ${days} 天可见范围内的来信按内容相似度归类，同类信件达到 ${minSize} 封即列为热点问题；标题中的个人信息已脱敏`}
      />
      <Card title="热点问题信件数" size="small" style={{ marginBottom: 16 }} loading={loading && !data}>
        <HotTopicsChart topics={rows} />
      </Card>
      <Table<Row>
        rowKey="key"
        size="small"
        aria-label="热点问题"
        loading={loading && !data}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: `近 ${days} 天没有达到 ${minSize} 封的热点问题` }}
        expandable={{
          expandedRowRender: (topic) => <TopicLetters letters={topic.letters} nameOf={nameOf} />,
        }}
        columns={[
          {
            title: "主题",
            dataIndex: "label",
            render: (label: string, topic) => (
              <Typography.Text
                ellipsis={{ tooltip: topic.sampleTitles.join("\n") || label }}
                style={{ maxWidth: 360 }}
              >
                {label}
              </Typography.Text>
            ),
          },
          {
            title: "关键词",
            dataIndex: "keywords",
            render: (keywords: string[]) => (
              <Space size={[0, 4]} wrap>
                {keywords.map((keyword) => (
                  <Tag key={keyword}>{keyword}</Tag>
                ))}
              </Space>
            ),
          },
          { title: "信件数", dataIndex: "count", width: 90, align: "right" },
          {
            title: "首次 / 最近",
            key: "period",
            width: 200,
            render: (_, topic) => `${day(topic.first)} / ${day(topic.last)}`,
          },
        ]}
      />
    </section>
  );
}

/** A topic's letters (those the caller may see), each linked to its page. */
function TopicLetters(props: { letters: readonly TopicLetter[]; nameOf(unitId: string | null): string }) {
  return (
    <Table<TopicLetter>
      rowKey="id"
      size="small"
      aria-label="主题信件"
      pagination={false}
      dataSource={[...props.letters]}
      columns={[
        {
          title: "标题",
          dataIndex: "title",
          render: (title: string, letter) => <Link to={`/letters/${letter.id}`}>{title}</Link>,
        },
        {
          title: "状态",
          dataIndex: "status",
          width: 110,
          render: (status: LetterStatus) => (
            <Tag color={STATUS_LABELS[status].color}>{STATUS_LABELS[status].label}</Tag>
          ),
        },
        {
          title: "主办单位",
          dataIndex: "ownerUnitId",
          width: 160,
          render: (unitId: string) => props.nameOf(unitId),
        },
        {
          title: "来信时间",
          dataIndex: "createdAt",
          width: 160,
          render: (createdAt: string) => formatShanghaiMinute(createdAt),
        },
      ]}
    />
  );
}
