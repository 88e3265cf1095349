// 信件办理: the letters of the caller's units (the server filters by scope, counts included), with
// status / mailbox filters on the server, 逾期 / 关键词 on a fetched batch, and deadlines coloured by urgency.
import { useQuery } from "@apollo/client/react";
import { Alert, Checkbox, Form, Input, Select, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { LetterFilter, LetterRowFragment, LetterStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { DeadlineText } from "../../components/DeadlineText";
import { HELD_LABEL, STATUS_LABELS, STATUS_OPTIONS } from "../../components/labels";
import {
  applyLocalFilter,
  hasLocalFilter,
  LOCAL_FILTER_BATCH,
  type LocalFilter,
} from "../../components/localFilter";
import { LetterMailboxOptionsDocument } from "../../graphql/letterMailboxOptions";
import { LettersDocument } from "../../graphql/letters";
import { useUnitNames } from "../../hooks/useUnitNames";

export const LETTERS_PAGE_SIZE = 20;

interface FilterValues extends LocalFilter {
  status?: LetterStatus[];
  mailboxId?: string;
}

export function toLetterFilter(values: FilterValues): LetterFilter | null {
  const filter: LetterFilter = {
    status: values.status?.length ? values.status : null,
    mailboxId: values.mailboxId ?? null,
  };
  return filter.status || filter.mailboxId ? filter : null;
}

export function LettersPage() {
  usePageTitle("信件办理");
  const [values, setValues] = useState<FilterValues>({});
  const [page, setPage] = useState(1);
  const { nameOf } = useUnitNames();
  const local = hasLocalFilter(values);
  const { data, loading } = useQuery(LettersDocument, {
    variables: {
      filter: toLetterFilter(values),
      first: local ? LOCAL_FILTER_BATCH : LETTERS_PAGE_SIZE,
      offset: local ? 0 : (page - 1) * LETTERS_PAGE_SIZE,
      withContent: !!values.keyword?.trim(),
    },
    fetchPolicy: "cache-and-network",
  });
  const mailboxes = useQuery(LetterMailboxOptionsDocument);
  const mailboxOptions = useMemo(() => {
    const byId = new Map<string, string>();
    const one = mailboxes.data?.oneWindowMailbox;
    if (one) byId.set(one.id, one.name);
    for (const site of mailboxes.data?.sites.items ?? [])
      for (const mailbox of site.mailboxes) byId.set(mailbox.id, mailbox.name);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [mailboxes.data]);

  const fetched = data?.letters.nodes ?? [];
  const rows = local ? applyLocalFilter(fetched, values) : fetched;
  const total = local ? rows.length : (data?.letters.totalCount ?? 0);
  const truncated = local && (data?.letters.totalCount ?? 0) > LOCAL_FILTER_BATCH;

  return (
    <section>
      <PageHeader title="信件办理" />
      <Form<FilterValues>
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onValuesChange={(_, all) => {
          setValues(all);
          setPage(1);
        }}
      >
        <Form.Item name="status" label="状态">
          <Select
            aria-label="状态"
            mode="multiple"
            allowClear
            style={{ minWidth: 200 }}
            options={STATUS_OPTIONS}
          />
        </Form.Item>
        <Form.Item name="mailboxId" label="信箱">
          <Select
            aria-label="信箱"
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            options={mailboxOptions}
          />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>只看逾期</Checkbox>
        </Form.Item>
        <Form.Item name="keyword" label="关键词">
          <Input.Search aria-label="关键词" allowClear placeholder="标题或内容" style={{ width: 220 }} />
        </Form.Item>
      </Form>
      {truncated && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`逾期和关键词筛选只在符合其他条件的最近 ${LOCAL_FILTER_BATCH} 封信件中进行，可先按状态或信箱缩小范围`}
        />
      )}
      <Table<LetterRowFragment>
        rowKey="id"
        size="small"
        aria-label="信件"
        loading={loading && !data}
        dataSource={local ? rows.slice((page - 1) * LETTERS_PAGE_SIZE, page * LETTERS_PAGE_SIZE) : rows}
        pagination={{
          current: page,
          pageSize: LETTERS_PAGE_SIZE,
          total,
          showSizeChanger: false,
          showTotal: (count) => `共 ${count} 封`,
          onChange: setPage,
        }}
        columns={[
          {
            title: "标题",
            dataIndex: "title",
            render: (title: string, letter) => <Link to={`/letters/${letter.id}`}>{title}</Link>,
          },
          { title: "信箱", key: "mailbox", width: 140, render: (_, letter) => letter.mailbox.name },
          {
            title: "状态",
            dataIndex: "status",
            width: 110,
            render: (status: LetterStatus, letter) => (
              <>
                <Tag color={STATUS_LABELS[status].color}>{STATUS_LABELS[status].label}</Tag>
                {letter.held && <Tag color="red">{HELD_LABEL}</Tag>}
              </>
            ),
          },
          {
            title: "主办单位",
            dataIndex: "ownerUnitId",
            width: 160,
            render: (unitId: string) => nameOf(unitId),
          },
          {
            title: "联系电话",
            dataIndex: "contactPhone",
            width: 130,
            render: (phone: string | null, letter) =>
              phone ?? (
                <Typography.Text type="secondary">{letter.anonymous ? "—" : "实名用户"}</Typography.Text>
              ),
          },
          {
            title: "答复期限",
            key: "deadline",
            width: 260,
            render: (_, letter) => <DeadlineText deadline={letter.deadline} />,
          },
          {
            title: "来信时间",
            dataIndex: "createdAt",
            width: 150,
            render: (at: string) => formatShanghaiMinute(at),
          },
        ]}
      />
    </section>
  );
}
