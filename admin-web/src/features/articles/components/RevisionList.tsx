import { Flex, Select, Space, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { formatShanghaiMinute } from "#app/time";
import type { ArticleDetailFragment } from "#gql/graphql";

type Revision = ArticleDetailFragment["revisions"][number];

/** The saved versions, newest first, each comparable with the one before; or any two picked. */
export function RevisionList(props: {
  articleId: string;
  revisions: readonly Revision[];
  publishedId?: string;
}) {
  const sorted = [...props.revisions].sort((a, b) => b.number - a.number);
  const [from, setFrom] = useState<string | undefined>(sorted[1]?.id);
  const [to, setTo] = useState<string | undefined>(sorted[0]?.id);
  const options = sorted.map((revision) => ({ value: revision.id, label: `第 ${revision.number} 版` }));
  const diffUrl = (fromId: string, toId: string) =>
    `/articles/${props.articleId}/diff?from=${encodeURIComponent(fromId)}&to=${encodeURIComponent(toId)}`;

  return (
    <>
      {sorted.length > 1 && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            aria-label="对比起点"
            size="small"
            style={{ width: 100 }}
            value={from}
            options={options}
            onChange={setFrom}
          />
          <Select
            aria-label="对比终点"
            size="small"
            style={{ width: 100 }}
            value={to}
            options={options}
            onChange={setTo}
          />
          {from && to && from !== to && <Link to={diffUrl(from, to)}>对比</Link>}
        </Space>
      )}
      <ol aria-label="修订记录" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {sorted.map((revision, index) => {
          const previous = sorted[index + 1];
          return (
            <li key={revision.id} style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}>
              <Flex justify="space-between" align="start" gap={8}>
                <div>
                  <Typography.Text strong>第 {revision.number} 版</Typography.Text>
                  {revision.id === props.publishedId && (
                    <Typography.Text type="success">（线上版本）</Typography.Text>
                  )}
                  <div>
                    {revision.createdBy.displayName} · {formatShanghaiMinute(revision.createdAt)}
                  </div>
                  {revision.note && <Typography.Text type="secondary">{revision.note}</Typography.Text>}
                </div>
                {previous && <Link to={diffUrl(previous.id, revision.id)}>与上一版对比</Link>}
              </Flex>
            </li>
          );
        })}
      </ol>
    </>
  );
}
