import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Empty, Popconfirm, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { portalSiteUrl, usePortalBaseUrl } from "#app/portal";
import type { TopicFieldsFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { TopicFormModal } from "../../components/TopicFormModal";
import { DeleteTopicDocument } from "../../graphql/deleteTopic";
import { SiteTopicsDocument } from "../../graphql/topics";

/** 专题: pages of the working site gathering the published articles of several channels. */
export function TopicsPage() {
  usePageTitle("专题");
  const { currentSiteId } = useMe();
  const { message } = App.useApp();
  const portalBase = usePortalBaseUrl();
  const { data, loading, refetch } = useQuery(SiteTopicsDocument, {
    variables: { siteId: currentSiteId ?? "" },
    skip: !currentSiteId,
  });
  const [editing, setEditing] = useState<{ topic: TopicFieldsFragment | null } | null>(null);
  const [deleteTopic] = useMutation(DeleteTopicDocument, { context: { silentErrors: true } });

  const remove = async (topic: TopicFieldsFragment) => {
    try {
      await deleteTopic({ variables: { id: topic.id } });
      message.success(`已删除专题“${topic.name}”`);
      await refetch();
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || "删除失败");
    }
  };

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="专题" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }
  const site = data?.site;
  return (
    <section>
      <PageHeader
        title="专题"
        extra={
          <Button type="primary" onClick={() => setEditing({ topic: null })}>
            新建专题
          </Button>
        }
      />
      <Table<TopicFieldsFragment>
        rowKey="id"
        loading={loading}
        dataSource={site?.topics ?? []}
        pagination={false}
        locale={{ emptyText: "该站点还没有专题" }}
        columns={[
          { title: "专题名称", dataIndex: "name" },
          {
            title: "地址",
            render: (_, topic) =>
              site ? (
                <a
                  href={`${portalSiteUrl(portalBase, site.code)}zt/${topic.slug}/`}
                  target="_blank"
                  rel="noreferrer"
                >
                  /zt/{topic.slug}/
                </a>
              ) : null,
          },
          {
            title: "来源栏目",
            render: (_, topic) => (
              <Space size={4} wrap>
                {topic.sourceChannels.map((channel) => (
                  <Tag key={channel.id}>{channel.name}</Tag>
                ))}
              </Space>
            ),
          },
          { title: "置顶", render: (_, topic) => topic.pinnedArticleIds.length },
          { title: "排序", dataIndex: "sortOrder" },
          {
            title: "状态",
            render: (_, topic) => (topic.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          {
            title: "操作",
            render: (_, topic) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing({ topic })}>
                  编辑
                </Button>
                <Popconfirm
                  title={`删除专题“${topic.name}”？`}
                  description="专题页将从门户移除，稿件本身不受影响。"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(topic)}
                >
                  <Button type="link" size="small" danger>
                    删除
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <TopicFormModal
        open={editing !== null}
        siteId={currentSiteId}
        topic={editing?.topic ?? null}
        onClose={(saved) => {
          setEditing(null);
          if (saved) void refetch();
        }}
      />
    </section>
  );
}
