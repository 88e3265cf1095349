import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Empty, Popconfirm, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useAccess, useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { DeliveryStatus, TargetFieldsFragment } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { DeliveryTable } from "../../components/DeliveryTable";
import { FORMAT_LABELS, KIND_LABELS, STATUS_LABELS } from "../../components/labels";
import { SecretModal } from "../../components/SecretModal";
import { TargetFormModal } from "../../components/TargetFormModal";
import { DeleteDistributionTargetDocument } from "../../graphql/deleteTarget";
import { DeliveriesDocument } from "../../graphql/deliveries";
import { DistributionTargetsDocument } from "../../graphql/distributionTargets";
import { UpdateDistributionTargetDocument } from "../../graphql/updateTarget";

const PAGE_SIZE = 20;

/** 新媒体分发: the working site's webhook targets and the log of what was pushed to them. */
export function DistributionPage() {
  usePageTitle("新媒体分发");
  const { currentSiteId } = useMe();
  const access = useAccess();
  const { message } = App.useApp();
  const [status, setStatus] = useState<DeliveryStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ target: TargetFieldsFragment | null } | null>(null);
  const [secretOf, setSecretOf] = useState<TargetFieldsFragment | null>(null);
  const targets = useQuery(DistributionTargetsDocument, {
    variables: { siteId: currentSiteId ?? "" },
    skip: !currentSiteId,
  });
  const log = useQuery(DeliveriesDocument, {
    variables: { siteId: currentSiteId ?? "", status, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    skip: !currentSiteId,
    fetchPolicy: "cache-and-network",
  });
  const [updateTarget] = useMutation(UpdateDistributionTargetDocument, { context: { silentErrors: true } });
  const [deleteTarget] = useMutation(DeleteDistributionTargetDocument, { context: { silentErrors: true } });

  const attempt = async (action: () => Promise<unknown>, success: string, failure: string) => {
    try {
      await action();
      message.success(success);
      await targets.refetch();
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || failure);
    }
  };

  if (!currentSiteId) {
    return (
      <section>
        <PageHeader title="新媒体分发" />
        <Empty description="请在页头选择站点" />
      </section>
    );
  }
  const canManage = access.can("distribution.manage");
  return (
    <section>
      <PageHeader
        title="新媒体分发"
        extra={
          canManage && (
            <Button type="primary" onClick={() => setEditing({ target: null })}>
              新建分发目标
            </Button>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: "100%" }}>
        <Card title="分发目标">
          <Table<TargetFieldsFragment>
            rowKey="id"
            loading={targets.loading}
            dataSource={targets.data?.site?.distributionTargets ?? []}
            pagination={false}
            locale={{ emptyText: "该站点还没有分发目标" }}
            columns={[
              { title: "名称", dataIndex: "name" },
              { title: "格式", render: (_, target) => FORMAT_LABELS[target.format] },
              { title: "接收地址", dataIndex: "url", ellipsis: true },
              {
                title: "推送事件",
                render: (_, target) => (
                  <Space size={4} wrap>
                    {target.events.map((kind) => (
                      <Tag key={kind}>{KIND_LABELS[kind]}</Tag>
                    ))}
                    {target.format === "WECHAT_MP" && target.draftOnly && <Tag color="purple">仅草稿</Tag>}
                  </Space>
                ),
              },
              {
                title: "状态",
                render: (_, target) => (target.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
              },
              {
                title: "操作",
                render: (_, target) =>
                  canManage ? (
                    <Space size={0} wrap>
                      <Button type="link" size="small" onClick={() => setEditing({ target })}>
                        编辑
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        onClick={() =>
                          attempt(
                            () =>
                              updateTarget({
                                variables: { id: target.id, input: { enabled: !target.enabled } },
                              }),
                            target.enabled ? "已停用" : "已启用",
                            "操作失败",
                          )
                        }
                      >
                        {target.enabled ? "停用" : "启用"}
                      </Button>
                      <Button type="link" size="small" onClick={() => setSecretOf(target)}>
                        密钥
                      </Button>
                      <Popconfirm
                        title={`删除分发目标“${target.name}”？`}
                        description="未完成的推送将作废，推送记录保留。"
                        okText="删除"
                        cancelText="取消"
                        onConfirm={() =>
                          attempt(() => deleteTarget({ variables: { id: target.id } }), "已删除", "删除失败")
                        }
                      >
                        <Button type="link" size="small" danger>
                          删除
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : null,
              },
            ]}
          />
        </Card>
        <Card
          title="推送日志"
          extra={
            <Space>
              <Select<DeliveryStatus>
                allowClear
                placeholder="全部状态"
                style={{ width: 140 }}
                value={status}
                aria-label="按状态筛选"
                options={Object.entries(STATUS_LABELS).map(([value, label]) => ({
                  value: value as DeliveryStatus,
                  label: label.text,
                }))}
                onChange={(value) => {
                  setStatus(value);
                  setPage(1);
                }}
              />
              <Button onClick={() => void log.refetch()}>刷新</Button>
            </Space>
          }
        >
          <DeliveryTable
            showArticle
            deliveries={log.data?.deliveries.items ?? []}
            loading={log.loading}
            canResend={canManage || access.can("article.publish")}
            onChanged={() => void log.refetch()}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: log.data?.deliveries.total ?? 0,
              showSizeChanger: false,
              onChange: setPage,
            }}
          />
        </Card>
      </Space>
      <TargetFormModal
        open={editing !== null}
        siteId={currentSiteId}
        target={editing?.target ?? null}
        onClose={(saved) => {
          setEditing(null);
          if (saved) void targets.refetch();
        }}
      />
      <SecretModal target={secretOf} onClose={() => setSecretOf(null)} />
    </section>
  );
}
