// 意见征集: the campaigns of the caller's units (the server filters by scope), newest first.
import { useQuery } from "@apollo/client/react";
import { Button, Select, Table, Tag } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { SolicitationStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useUnitNames } from "../../../letters/hooks/useUnitNames";
import { STATUS_COLORS, STATUS_LABELS } from "../../components/labels";
import { MinOpenDaysSetting } from "../../components/MinOpenDaysSetting";
import { SolicitationsDocument } from "../../graphql/solicitations";

export const SOLICITATIONS_PAGE_SIZE = 20;

export function SolicitationsPage() {
  usePageTitle("意见征集");
  const { access } = useMe();
  const [status, setStatus] = useState<SolicitationStatus[]>([]);
  const [page, setPage] = useState(1);
  const { nameOf } = useUnitNames();
  const { data, loading } = useQuery(SolicitationsDocument, {
    variables: {
      filter: status.length ? { status } : null,
      first: SOLICITATIONS_PAGE_SIZE,
      offset: (page - 1) * SOLICITATIONS_PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
  });
  return (
    <section>
      <PageHeader
        title="意见征集"
        extra={
          access.can("solicitation.manage") && (
            <Link to="/solicitations/new">
              <Button type="primary">新建征集</Button>
            </Link>
          )
        }
      />
      {access.can("solicitation.manage") && <MinOpenDaysSetting />}
      <Select<SolicitationStatus[]>
        mode="multiple"
        allowClear
        aria-label="状态"
        placeholder="按状态筛选"
        style={{ minWidth: 260, marginBottom: 16 }}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        options={(Object.keys(STATUS_LABELS) as SolicitationStatus[]).map((value) => ({
          value,
          label: STATUS_LABELS[value],
        }))}
      />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={data?.solicitations.nodes ?? []}
        pagination={{
          current: page,
          pageSize: SOLICITATIONS_PAGE_SIZE,
          total: data?.solicitations.totalCount ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 项`,
        }}
        columns={[
          {
            title: "标题",
            dataIndex: "title",
            render: (title: string, row) => <Link to={`/solicitations/${row.id}`}>{title}</Link>,
          },
          { title: "单位", dataIndex: "unitId", render: (unitId: string) => nameOf(unitId) },
          {
            title: "状态",
            dataIndex: "status",
            render: (value: SolicitationStatus) => (
              <Tag color={STATUS_COLORS[value]}>{STATUS_LABELS[value]}</Tag>
            ),
          },
          {
            title: "征集时间",
            key: "period",
            render: (_, row) =>
              `${formatShanghaiMinute(row.startsAt)} 至 ${formatShanghaiMinute(row.endsAt)}`,
          },
          { title: "意见数", dataIndex: "submissionCount", align: "right" },
        ]}
      />
    </section>
  );
}
