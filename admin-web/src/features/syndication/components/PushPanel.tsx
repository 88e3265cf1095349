// On the article page: where an original article was pushed (报送) and with which outcome, and what its last
// takedown removed; for an adopted copy, its origin (copies are read-only, updated only by a re-push).
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Space, Table, Typography } from "antd";
import { useState } from "react";
import type { Access } from "#app/access";
import { usePortalBaseUrl } from "#app/portal";
import { formatShanghaiMinute } from "#app/time";
import type { PushRowFragment } from "#gql/graphql";
import { ArticlePushesDocument } from "../graphql/articlePushes";
import { PushDialog } from "./PushDialog";
import { PushStatusTag } from "./PushStatusTag";

export function PushPanel(props: { articleId: string; siteId: string; live: boolean; access: Access }) {
  const { articleId, siteId, live, access } = props;
  const [pushing, setPushing] = useState(false);
  const portal = usePortalBaseUrl();
  const { data, loading } = useQuery(ArticlePushesDocument, {
    variables: { id: articleId },
    fetchPolicy: "cache-and-network",
  });
  const article = data?.article;
  if (!article) return loading ? null : <Typography.Text type="secondary">无报送记录</Typography.Text>;

  if (article.origin) {
    const { url, siteName } = article.origin;
    return (
      <Alert
        type="info"
        title={
          <span>
            采用稿，来源：
            {url ? (
              <a href={`${portal.replace(/\/$/, "")}${url}`} target="_blank" rel="noreferrer">
                {siteName}
              </a>
            ) : (
              siteName
            )}
          </span>
        }
        description="采用稿内容与原稿一致，不能修改后送审；原稿更新后由原稿单位重新报送，采用后自动更新。本站可自行撤稿。"
      />
    );
  }

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {access.can("article.push") && (
        <Button
          onClick={() => setPushing(true)}
          disabled={!live}
          title={live ? undefined : "只有已发布的稿件可以报送"}
        >
          报送
        </Button>
      )}
      <Table<PushRowFragment>
        size="small"
        rowKey="id"
        loading={loading && !data}
        dataSource={article.pushes}
        pagination={false}
        locale={{ emptyText: "尚未报送" }}
        columns={[
          { title: "目标", render: (_, push) => `${push.targetSiteName} / ${push.targetChannel.name}` },
          { title: "版本", render: (_, push) => `第 ${push.snapshot.revisionNumber} 版` },
          {
            title: "状态",
            render: (_, push) => (
              <Space orientation="vertical" size={0}>
                <PushStatusTag status={push.status} />
                {push.declineReason && <Typography.Text type="danger">{push.declineReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: "时间",
            render: (_, push) => formatShanghaiMinute(push.decidedAt ?? push.pushedAt),
          },
        ]}
      />
      {article.takedownReport.length > 0 && (
        <Alert
          type="warning"
          title="最近一次撤稿已一并撤下"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {article.takedownReport.map((entry) => (
                <li key={`${entry.kind}:${entry.channel.id}`}>
                  {entry.siteName} / {entry.channel.name}：
                  {entry.kind === "COPY" ? "采用稿已撤下" : "待采用的报送已撤回"}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <PushDialog articleId={articleId} siteId={siteId} open={pushing} onClose={() => setPushing(false)} />
    </Space>
  );
}
