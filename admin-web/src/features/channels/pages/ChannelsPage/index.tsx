import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { App, Button, Empty, Popconfirm, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { PageHeader } from "#ui/PageHeader";
import { ChannelFormModal } from "../../components/ChannelFormModal";
import { CHANNEL_KIND_LABELS, UPDATE_CLASS_LABELS } from "../../components/labels";
import { DeleteChannelDocument } from "../../graphql/deleteChannel";
import { type ChannelNode, useChannelTree } from "../../hooks/useChannelTree";

type Editing = { channel: ChannelNode | null; parent: { id: string; name: string } | null };

/** antd's tree table treats an empty children array as expandable; leaves get none. */
function treeRows(nodes: readonly ChannelNode[]): (ChannelNode & { children?: ChannelNode[] })[] {
  return nodes.map((node) => ({
    ...node,
    children: node.children?.length ? treeRows(node.children) : undefined,
  }));
}

export function ChannelsPage() {
  usePageTitle("栏目管理");
  const { currentSiteId } = useMe();
  const { message } = App.useApp();
  const { channels, site, loading, refetch } = useChannelTree(currentSiteId);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The server refuses deleting a channel with children or articles; its message says why.
  const [deleteChannel] = useMutation(DeleteChannelDocument, { context: { silentErrors: true } });

  const remove = async (channel: ChannelNode) => {
    try {
      await deleteChannel({ variables: { id: channel.id } });
      message.success(`已删除栏目“${channel.name}”`);
      await refetch();
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || "删除失败");
    }
  };

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="栏目管理" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }

  return (
    <section>
      <PageHeader
        title={site ? `栏目管理 · ${site.name}` : "栏目管理"}
        extra={
          <Button type="primary" onClick={() => setEditing({ channel: null, parent: null })}>
            新建栏目
          </Button>
        }
      />
      <Table<ChannelNode>
        rowKey="id"
        loading={loading}
        dataSource={treeRows(channels)}
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
        locale={{ emptyText: "该站点还没有栏目" }}
        columns={[
          { title: "栏目名称", dataIndex: "name" },
          { title: "路径", dataIndex: "path" },
          {
            title: "类型",
            render: (_, channel) => (
              <Space size={4}>
                <Tag>{CHANNEL_KIND_LABELS[channel.kind]}</Tag>
                {channel.kind === "LINK" && channel.linkUrl}
              </Space>
            ),
          },
          { title: "更新频率", render: (_, channel) => UPDATE_CLASS_LABELS[channel.updateClass] },
          { title: "排序", dataIndex: "sortOrder" },
          {
            title: "操作",
            render: (_, channel) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing({ channel, parent: null })}>
                  编辑
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    setEditing({ channel: null, parent: { id: channel.id, name: channel.name } })
                  }
                >
                  添加子栏目
                </Button>
                <Popconfirm
                  title={`删除栏目“${channel.name}”？`}
                  description="有子栏目或稿件的栏目不能删除。"
                  okText="删除"
                  cancelText="取消"
                  onConfirm={() => remove(channel)}
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
      <ChannelFormModal
        open={editing !== null}
        siteId={currentSiteId}
        channel={editing?.channel ?? null}
        parent={editing?.parent ?? null}
        onClose={(saved) => {
          setEditing(null);
          if (saved) void refetch();
        }}
      />
    </section>
  );
}
