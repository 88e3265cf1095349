// 信件办理: the letters of the caller's units (the server filters by scope, counts included). Every filter —
// status, mailbox, overdue, keyword, category, submission dates — and the paging run on the server.
import { useQuery } from "@apollo/client/react";
import { Checkbox, DatePicker, Form, Input, Select, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { LetterFilter, LetterRowFragment, LetterStatus } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { DeadlineText } from "../../components/DeadlineText";
import { HELD_LABEL, STATUS_LABELS, STATUS_OPTIONS } from "../../components/labels";
import { LetterMailboxOptionsDocument } from "../../graphql/letterMailboxOptions";
import { LettersDocument } from "../../graphql/letters";
import { useUnitNames } from "../../hooks/useUnitNames";

export const LETTERS_PAGE_SIZE = 20;

export interface FilterValues {
  status?: LetterStatus[];
  mailboxId?: string;
  overdue?: boolean;
  keyword?: string;
  category?: string;
  submitted?: [Dayjs | null, Dayjs | null] | null;
}

/** The server filter for the form's values; null when nothing is chosen. */
export function toLetterFilter(values: FilterValues): LetterFilter | null {
  const filter: LetterFilter = {};
  if (values.status?.length) filter.status = values.status;
  if (values.mailboxId) filter.mailboxId = values.mailboxId;
  if (values.overdue) filter.overdue = true;
  const keyword = values.keyword?.trim();
  if (keyword) filter.keyword = keyword;
  const category = values.category?.trim();
  if (category) filter.category = category;
  const [from, to] = values.submitted ?? [];
  if (from) filter.submittedFrom = from.format("YYYY-MM-DD");
  if (to) filter.submittedTo = to.format("YYYY-MM-DD");
  return Object.keys(filter).length ? filter : null;
}

export function LettersPage() {
  usePageTitle("信件办理");
  const [values, setValues] = useState<FilterValues>({});
  // The keyword and category are sent when searched (Enter or the button), not on every keystroke.
  const [typed, setTyped] = useState<Pick<FilterValues, "keyword" | "category">>({});
  const [page, setPage] = useState(1);
  const { nameOf } = useUnitNames();
  const { data, loading } = useQuery(LettersDocument, {
    variables: {
      filter: toLetterFilter({ ...values, ...typed }),
      first: LETTERS_PAGE_SIZE,
      offset: (page - 1) * LETTERS_PAGE_SIZE,
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

  const rows = data?.letters.nodes ?? [];
  const total = data?.letters.totalCount ?? 0;
  const search = (field: "keyword" | "category") => (value: string) => {
    setTyped((current) => ({ ...current, [field]: value }));
    setPage(1);
  };

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
        <Form.Item label="关键词">
          <Input.Search
            aria-label="关键词"
            allowClear
            placeholder="标题或内容"
            style={{ width: 220 }}
            onSearch={search("keyword")}
          />
        </Form.Item>
        <Form.Item label="类别">
          <Input.Search aria-label="类别" allowClear style={{ width: 160 }} onSearch={search("category")} />
        </Form.Item>
        <Form.Item name="submitted" label="来信日期">
          <DatePicker.RangePicker aria-label="来信日期" allowEmpty={[true, true]} />
        </Form.Item>
      </Form>
      <Table<LetterRowFragment>
        rowKey="id"
        size="small"
        aria-label="信件"
        loading={loading && !data}
        dataSource={rows}
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
                {!!letter.supervision?.supervisedCount && (
                  <Tag color="volcano">已督办 {letter.supervision.supervisedCount} 次</Tag>
                )}
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
            title: "写信人",
            dataIndex: "contactPhone",
            width: 130,
            render: (phone: string | null, letter) =>
              phone ?? (
                <Typography.Text type="secondary">
                  {letter.anonymous ? "—" : (letter.writerName ?? "实名用户")}
                </Typography.Text>
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
