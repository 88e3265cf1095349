// 信件督办: for city supervisors and dispatchers, the running letters past their deadline (逾期) or within the
// warning period before it (临期), on the server with paging; each can be urged with a comment (督办).
import { useQuery } from "@apollo/client/react";
import { Alert, Segmented, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import type { LetterFilter, LetterStatus, SupervisedLettersQuery } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { DeadlineText } from "../../components/DeadlineText";
import { STATUS_LABELS } from "../../components/labels";
import { SuperviseLetterButton } from "../../components/SuperviseLetterButton";
import { LetterSupervisionSettingsDocument } from "../../graphql/letterSupervisionSettings";
import { SupervisedLettersDocument } from "../../graphql/supervisedLetters";
import { useUnitNames } from "../../hooks/useUnitNames";

export const SUPERVISION_PAGE_SIZE = 20;

export type SupervisionView = "overdue" | "dueSoon";
type Row = SupervisedLettersQuery["letters"]["nodes"][number];

/** 逾期: past the citizen's deadline; 临期: due within the warning period, not yet overdue. */
export function supervisionFilter(view: SupervisionView, warnWorkdays: number): LetterFilter {
  return view === "overdue" ? { overdue: true } : { dueWithinWorkdays: warnWorkdays };
}

export function LetterSupervisionPage() {
  usePageTitle("信件督办");
  const [view, setView] = useState<SupervisionView>("overdue");
  const [page, setPage] = useState(1);
  const { nameOf } = useUnitNames();
  const settings = useQuery(LetterSupervisionSettingsDocument);
  const warnWorkdays = settings.data?.letterSupervisionSettings.warnWorkdays;
  const { data, loading } = useQuery(SupervisedLettersDocument, {
    variables: {
      filter: supervisionFilter(view, warnWorkdays ?? 0),
      first: SUPERVISION_PAGE_SIZE,
      offset: (page - 1) * SUPERVISION_PAGE_SIZE,
    },
    skip: view === "dueSoon" && warnWorkdays === undefined,
    fetchPolicy: "cache-and-network",
  });

  return (
    <section>
      <PageHeader title="信件督办" />
      {settings.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`到期前 ${settings.data.letterSupervisionSettings.warnWorkdays} 个工作日起列为临期；逾期信件在工作日 ${settings.data.letterSupervisionSettings.reminderHours} 每天自动催办一次`}
        />
      )}
      <Segmented<SupervisionView>
        aria-label="督办范围"
        style={{ marginBottom: 12 }}
        value={view}
        onChange={(value) => {
          setView(value);
          setPage(1);
        }}
        options={[
          { value: "overdue", label: "已逾期" },
          { value: "dueSoon", label: "临期" },
        ]}
      />
      <Table<Row>
        rowKey="id"
        size="small"
        aria-label="督办信件"
        loading={loading && !data}
        dataSource={data?.letters.nodes ?? []}
        pagination={{
          current: page,
          pageSize: SUPERVISION_PAGE_SIZE,
          total: data?.letters.totalCount ?? 0,
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
          {
            title: "状态",
            dataIndex: "status",
            width: 110,
            render: (status: LetterStatus) => (
              <Tag color={STATUS_LABELS[status].color}>{STATUS_LABELS[status].label}</Tag>
            ),
          },
          {
            title: "主办单位",
            dataIndex: "ownerUnitId",
            width: 160,
            render: (unitId: string) => nameOf(unitId),
          },
          {
            title: "答复期限",
            key: "deadline",
            width: 260,
            render: (_, letter) => <DeadlineText deadline={letter.deadline} />,
          },
          {
            title: "督办",
            key: "supervision",
            width: 200,
            render: (_, letter) =>
              letter.supervision ? (
                <Typography.Text type="secondary">
                  督办 {letter.supervision.supervisedCount} 次
                  {letter.supervision.lastRemindedAt
                    ? `，最近催办 ${formatShanghaiMinute(letter.supervision.lastRemindedAt)}`
                    : ""}
                </Typography.Text>
              ) : null,
          },
          {
            title: "操作",
            key: "actions",
            width: 90,
            render: (_, letter) => <SuperviseLetterButton letterId={letter.id} title={letter.title} />,
          },
        ]}
      />
    </section>
  );
}
