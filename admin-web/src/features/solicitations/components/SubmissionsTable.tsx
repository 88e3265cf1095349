// The opinions of a campaign: answers per question, text-check hold, and the adoption tag with its reason
// (tagging opens once the campaign has ended; tagging a held opinion is the staff member's look at it).
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { formatShanghaiMinute } from "#app/time";
import type { SolicitationAdoption, SolicitationDetailFragment } from "#gql/graphql";
import { ReviewSolicitationSubmissionDocument } from "../graphql/reviewSolicitationSubmission";
import { SolicitationSubmissionsDocument } from "../graphql/solicitationSubmissions";
import { ADOPTION_COLORS, ADOPTION_LABELS } from "./labels";

export const SUBMISSIONS_PAGE_SIZE = 20;
const ADOPTIONS: SolicitationAdoption[] = ["ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED"];

interface ReviewValues {
  adoption: SolicitationAdoption;
  reason: string;
}

export function SubmissionsTable({
  campaign,
  canReview,
}: {
  campaign: Pick<SolicitationDetailFragment, "id" | "questions" | "status">;
  canReview: boolean;
}) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [reviewed, setReviewed] = useState<"all" | "yes" | "no" | "held">("all");
  const [editing, setEditing] = useState<string | null>(null);
  const [form] = Form.useForm<ReviewValues>();
  const filter =
    reviewed === "all" ? null : reviewed === "held" ? { held: true } : { reviewed: reviewed === "yes" };
  const { data, loading } = useQuery(SolicitationSubmissionsDocument, {
    variables: {
      id: campaign.id,
      filter,
      first: SUBMISSIONS_PAGE_SIZE,
      offset: (page - 1) * SUBMISSIONS_PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
  });
  const [review, reviewing] = useMutation(ReviewSolicitationSubmissionDocument);
  const ended = campaign.status === "CLOSED" || campaign.status === "FEEDBACK_PUBLISHED";
  const connection = data?.solicitation?.submissions;

  const save = async (values: ReviewValues) => {
    if (!editing) return;
    try {
      await review({ variables: { id: editing, adoption: values.adoption, reason: values.reason.trim() } });
    } catch {
      return;
    }
    message.success(`已标注为${ADOPTION_LABELS[values.adoption]}`);
    setEditing(null);
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Select
          aria-label="筛选意见"
          value={reviewed}
          style={{ width: 160 }}
          onChange={(value) => {
            setReviewed(value);
            setPage(1);
          }}
          options={[
            { value: "all", label: "全部意见" },
            { value: "no", label: "未标注" },
            { value: "yes", label: "已标注" },
            { value: "held", label: "待人工确认" },
          ]}
        />
        {!ended && <Typography.Text type="secondary">征集结束后可标注采纳情况</Typography.Text>}
      </Space>
      <Table
        rowKey="id"
        loading={loading}
        dataSource={connection?.nodes ?? []}
        scroll={{ x: true }}
        pagination={{
          current: page,
          pageSize: SUBMISSIONS_PAGE_SIZE,
          total: connection?.totalCount ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => `共 ${total} 条`,
        }}
        columns={[
          {
            title: "提交时间",
            dataIndex: "createdAt",
            render: (value: string) => formatShanghaiMinute(value),
          },
          {
            title: "提交人",
            key: "who",
            render: (_, row) =>
              row.anonymous ? (
                <Tag>匿名</Tag>
              ) : (
                <span>
                  登录市民
                  {row.contactName ? ` · ${row.contactName}` : ""}
                  {row.contactPhone ? ` · ${row.contactPhone}` : ""}
                </span>
              ),
          },
          ...campaign.questions.map((question, index) => ({
            title: `${index + 1}. ${question.title}`,
            key: question.id,
            render: (_: unknown, row: NonNullable<typeof connection>["nodes"][number]) => {
              const answer = row.answers.find((a) => a.questionId === question.id);
              return answer ? (answer.text ?? answer.choices.join("；")) : "—";
            },
          })),
          {
            title: "内容校验",
            key: "check",
            render: (_, row) =>
              row.held ? (
                <Tag color="red" title={row.checkResult?.findings.map((f) => f.text).join("、")}>
                  待人工确认（{row.checkResult?.blockCount ?? 0} 处）
                </Tag>
              ) : (
                <Tag color="green">通过</Tag>
              ),
          },
          {
            title: "采纳情况",
            key: "adoption",
            render: (_, row) =>
              row.adoption ? (
                <Space orientation="vertical" size={0}>
                  <Tag color={ADOPTION_COLORS[row.adoption]}>{ADOPTION_LABELS[row.adoption]}</Tag>
                  <Typography.Text type="secondary">{row.adoptionReason}</Typography.Text>
                </Space>
              ) : (
                "未标注"
              ),
          },
          ...(canReview && ended
            ? [
                {
                  title: "操作",
                  key: "actions",
                  render: (_: unknown, row: NonNullable<typeof connection>["nodes"][number]) => (
                    <Button
                      size="small"
                      onClick={() => {
                        form.setFieldsValue({
                          adoption: row.adoption ?? "ADOPTED",
                          reason: row.adoptionReason ?? "",
                        });
                        setEditing(row.id);
                      }}
                    >
                      标注采纳
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        title="标注采纳情况"
        open={editing !== null}
        forceRender
        okText="保存"
        cancelText="取消"
        confirmLoading={reviewing.loading}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
      >
        <Form<ReviewValues>
          form={form}
          name="solicitation-review"
          layout="vertical"
          onFinish={(v) => void save(v)}
        >
          <Form.Item name="adoption" label="采纳情况" rules={[{ required: true, message: "请选择" }]}>
            <Radio.Group options={ADOPTIONS.map((value) => ({ value, label: ADOPTION_LABELS[value] }))} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 2, message: "请填写理由" }]}>
            <Input.TextArea aria-label="采纳理由" rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
