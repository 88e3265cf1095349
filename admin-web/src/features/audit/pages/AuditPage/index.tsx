import { useQuery } from "@apollo/client/react";
import { AutoComplete, Button, Card, DatePicker, Form, Space, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghai, lastDays, shanghaiDayStart } from "#app/time";
import type {
  AuditDailyCountsQuery,
  AuditDailyCountsQueryVariables,
  AuditLogFilter,
  AuditRowFragment,
} from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { EventsPerDayChart } from "../../components/EventsPerDayChart";
import { actorKindLabel, actorRoleLabel, EVENT_TYPE_LABELS, eventTypeLabel } from "../../components/labels";
import { PayloadView } from "../../components/PayloadView";
import { AuditDailyCountsDocument } from "../../graphql/auditDailyCounts";
import { AuditLogDocument } from "../../graphql/auditLog";

export const AUDIT_PAGE_SIZE = 20;
const DAY_KEYS = [
  "d0",
  "d1",
  "d2",
  "d3",
  "d4",
  "d5",
  "d6",
  "d7",
  "d8",
  "d9",
  "d10",
  "d11",
  "d12",
  "d13",
] as const satisfies readonly (keyof AuditDailyCountsQuery)[];

interface FilterValues {
  type?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const TYPE_OPTIONS = Object.entries(EVENT_TYPE_LABELS).map(([value, label]) => ({
  value,
  label: `${label}（${value}）`,
}));

/** The form's values as the query's filter; days are whole Asia/Shanghai days, the end day included. */
function toFilter(values: FilterValues): AuditLogFilter | null {
  const type = values.type?.trim() || null;
  const [start, end] = values.range ?? [null, null];
  const from = start ? shanghaiDayStart(start.format("YYYY-MM-DD")).toISOString() : null;
  const to = end
    ? new Date(shanghaiDayStart(end.format("YYYY-MM-DD")).getTime() + 86_400_000).toISOString()
    : null;
  return type || from || to ? { type, from, to } : null;
}

/** One filter per chart day, restricted to the chosen event type if any. */
export function dailyCountVariables(now: Date, type: string | null): AuditDailyCountsQueryVariables {
  const days = lastDays(DAY_KEYS.length, now);
  const entries = DAY_KEYS.map((key, index) => {
    const window = days[index];
    return [key, { type, from: window?.from.toISOString(), to: window?.to.toISOString() }] as const;
  });
  // fromEntries loses the literal keys; DAY_KEYS names every variable of the operation.
  return Object.fromEntries(entries) as AuditDailyCountsQueryVariables;
}

export function AuditPage() {
  usePageTitle("审计日志");
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditLogFilter | null>(null);
  const [page, setPage] = useState(1);
  const [now] = useState(() => new Date());
  const { data, loading } = useQuery(AuditLogDocument, {
    variables: { filter, offset: (page - 1) * AUDIT_PAGE_SIZE, limit: AUDIT_PAGE_SIZE },
  });
  const type = filter?.type ?? null;
  const daily = useQuery(AuditDailyCountsDocument, { variables: dailyCountVariables(now, type) });
  const chartDays = useMemo(() => {
    const windows = lastDays(DAY_KEYS.length, now);
    const counts = daily.data;
    return DAY_KEYS.map((key, index) => ({
      day: windows[index]?.day ?? key,
      count: counts ? counts[key].total : 0,
    }));
  }, [daily.data, now]);

  const apply = (values: FilterValues) => {
    setFilter(toFilter(values));
    setPage(1);
  };

  return (
    <section>
      <PageHeader title="审计日志" />
      <Card
        size="small"
        title={type ? `近 14 天每日事件数（${eventTypeLabel(type)}）` : "近 14 天每日事件数"}
        style={{ marginBottom: 16 }}
        loading={daily.loading && !daily.data}
      >
        <EventsPerDayChart days={chartDays} />
      </Card>
      <Form<FilterValues>
        form={form}
        layout="inline"
        onFinish={apply}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="type" label="操作类型">
          <AutoComplete
            aria-label="操作类型"
            options={TYPE_OPTIONS}
            allowClear
            placeholder="如 site.created"
            style={{ width: 260 }}
            filterOption={(input, option) =>
              `${option?.value ?? ""}${option?.label ?? ""}`.toLowerCase().includes(input.toLowerCase())
            }
          />
        </Form.Item>
        <Form.Item name="range" label="时间范围">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              apply({});
            }}
          >
            重置
          </Button>
        </Space>
      </Form>
      <Table<AuditRowFragment>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.auditLog.items ?? []}
        pagination={{
          current: page,
          pageSize: AUDIT_PAGE_SIZE,
          total: data?.auditLog.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        expandable={{
          expandedRowRender: (entry) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              <Typography.Text type="secondary">
                对象：{entry.aggregateType} {entry.aggregateId}
              </Typography.Text>
              <PayloadView payload={entry.payload} />
            </Space>
          ),
        }}
        columns={[
          {
            title: "时间",
            dataIndex: "occurredAt",
            width: 170,
            render: (value: string) => formatShanghai(value),
          },
          {
            title: "操作人",
            key: "actor",
            render: (_, entry) => (
              <Space size={4} wrap>
                <span>{entry.actorName ?? entry.actorId ?? "—"}</span>
                <Tag>{actorKindLabel(entry.actorKind)}</Tag>
              </Space>
            ),
          },
          {
            title: "角色",
            key: "roles",
            render: (_, entry) => {
              if (entry.actorRoles.length)
                return (
                  <Space size={[0, 4]} wrap>
                    {entry.actorRoles.map((role) => (
                      <Tag key={role} title={role}>
                        {actorRoleLabel(role, entry.unit)}
                      </Tag>
                    ))}
                  </Space>
                );
              // Login events are recorded before a session (and its roles) exists: say who tried instead.
              if (entry.type.startsWith("auth."))
                return <Typography.Text type="secondary">{actorKindLabel(entry.actorKind)}</Typography.Text>;
              return "—";
            },
          },
          {
            title: "操作",
            dataIndex: "type",
            render: (value: string) =>
              EVENT_TYPE_LABELS[value] ? (
                <span title={value}>{eventTypeLabel(value)}</span>
              ) : (
                <Typography.Text code>{value}</Typography.Text>
              ),
          },
          {
            title: "站点 / 单位",
            key: "scope",
            render: (_, entry) =>
              entry.siteId || entry.unitId ? (
                <Space orientation="vertical" size={0}>
                  {entry.siteId && (
                    <Typography.Text type="secondary" title={entry.siteId}>
                      站点：{entry.site?.name ?? entry.siteId}
                    </Typography.Text>
                  )}
                  {entry.unitId && (
                    <Typography.Text type="secondary" title={entry.unitId}>
                      单位：{entry.unit?.name ?? entry.unitId}
                    </Typography.Text>
                  )}
                </Space>
              ) : (
                "—"
              ),
          },
          { title: "IP", dataIndex: "actorIp", render: (ip: string | null) => ip ?? "—" },
        ]}
      />
    </section>
  );
}
