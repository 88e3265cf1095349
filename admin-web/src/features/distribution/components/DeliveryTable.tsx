import { CombinedGraphQLErrors } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { App, Button, Table, type TablePaginationConfig, Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import { formatShanghai } from "#app/time";
import type { DeliveryFieldsFragment } from "#gql/graphql";
import { ResendDeliveryDocument } from "../graphql/resendDelivery";
import { KIND_LABELS, STATUS_LABELS } from "./labels";

/** The delivery log: status, attempts, response code, last error, times, and 重新推送 for finished ones. */
export function DeliveryTable(props: {
  deliveries: DeliveryFieldsFragment[];
  loading?: boolean;
  canResend: boolean;
  showArticle?: boolean;
  pagination?: TablePaginationConfig | false;
  onChanged?(): void;
}) {
  const { message } = App.useApp();
  const [resend, { loading: resending }] = useMutation(ResendDeliveryDocument, {
    context: { silentErrors: true },
  });
  const resendOne = async (delivery: DeliveryFieldsFragment) => {
    try {
      await resend({ variables: { id: delivery.id } });
      message.success("已重新加入推送队列");
      props.onChanged?.();
    } catch (error) {
      const text = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      message.error(text || "重新推送失败");
    }
  };
  return (
    <Table<DeliveryFieldsFragment>
      rowKey="id"
      size="small"
      loading={props.loading}
      dataSource={props.deliveries}
      pagination={props.pagination ?? false}
      locale={{ emptyText: "暂无推送记录" }}
      scroll={{ x: true }}
      columns={[
        { title: "创建时间", render: (_, row) => formatShanghai(row.createdAt) },
        ...(props.showArticle
          ? [
              {
                title: "稿件",
                render: (_: unknown, row: DeliveryFieldsFragment) =>
                  row.article ? (
                    <Link to={`/articles/${row.article.id}`}>{row.article.currentRevision.title}</Link>
                  ) : (
                    "（已删除）"
                  ),
              },
            ]
          : []),
        {
          title: "目标",
          render: (_, row) => (row.target.deleted ? `${row.target.name}（已删除）` : row.target.name),
        },
        { title: "类型", render: (_, row) => KIND_LABELS[row.kind] },
        {
          title: "状态",
          render: (_, row) => (
            <Tag color={STATUS_LABELS[row.status].color}>{STATUS_LABELS[row.status].text}</Tag>
          ),
        },
        { title: "尝试次数", dataIndex: "attempts" },
        { title: "响应码", render: (_, row) => row.lastResponseStatus ?? "—" },
        {
          title: "最近错误",
          render: (_, row) =>
            row.lastError ? (
              <Typography.Text type="danger" ellipsis={{ tooltip: row.lastError }} style={{ maxWidth: 220 }}>
                {row.lastError}
              </Typography.Text>
            ) : (
              "—"
            ),
        },
        {
          title: "时间",
          render: (_, row) => (
            <span>
              {row.lastAttemptAt && <div>最近尝试：{formatShanghai(row.lastAttemptAt)}</div>}
              {row.deliveredAt && <div>送达：{formatShanghai(row.deliveredAt)}</div>}
              {row.nextAttemptAt && <div>下次尝试：{formatShanghai(row.nextAttemptAt)}</div>}
            </span>
          ),
        },
        {
          title: "操作",
          render: (_, row) =>
            props.canResend && (row.status === "FAILED" || row.status === "SUCCEEDED") ? (
              <Tooltip title="以相同内容重新推送，开始新一轮尝试">
                <Button type="link" size="small" loading={resending} onClick={() => resendOne(row)}>
                  重新推送
                </Button>
              </Tooltip>
            ) : null,
        },
      ]}
    />
  );
}
