// 采纳情况: a written summary and opinions selected from the adopted ones (editable excerpts; phone and ID
// numbers are masked by the server). Counts per tag are computed by the server when publishing.
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Typography } from "antd";
import { useEffect, useMemo } from "react";
import type { SolicitationDetailFragment } from "#gql/graphql";
import { PublishSolicitationFeedbackDocument } from "../graphql/publishSolicitationFeedback";
import { SolicitationSubmissionsDocument } from "../graphql/solicitationSubmissions";
import { ADOPTION_LABELS } from "./labels";

interface FeedbackValues {
  summary: string;
  highlights: { submissionId: string; text: string }[];
}

export function FeedbackEditor({
  campaign,
  canPublish,
}: {
  campaign: Pick<SolicitationDetailFragment, "id" | "status" | "feedback">;
  canPublish: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FeedbackValues>();
  const ended = campaign.status === "CLOSED" || campaign.status === "FEEDBACK_PUBLISHED";
  const adopted = useQuery(SolicitationSubmissionsDocument, {
    variables: {
      id: campaign.id,
      filter: { adoption: ["ADOPTED", "PARTLY_ADOPTED"] },
      first: 200,
      offset: 0,
    },
    skip: !ended || !canPublish,
  });
  const [publish, publishing] = useMutation(PublishSolicitationFeedbackDocument);
  const candidates = useMemo(
    () =>
      (adopted.data?.solicitation?.submissions.nodes ?? []).map((row) => ({
        id: row.id,
        adoption: row.adoption,
        text: row.answers
          .map((answer) => answer.text)
          .filter(Boolean)
          .join("\n"),
      })),
    [adopted.data],
  );
  useEffect(() => {
    if (campaign.feedback) form.setFieldsValue({ summary: campaign.feedback.summary });
  }, [campaign.feedback, form]);
  const chosen: FeedbackValues["highlights"] = Form.useWatch("highlights", form) ?? [];

  const submit = async (values: FeedbackValues) => {
    try {
      await publish({
        variables: {
          id: campaign.id,
          input: { summary: values.summary.trim(), highlights: values.highlights ?? [] },
        },
      });
    } catch {
      return;
    }
    message.success("采纳情况已公布");
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {campaign.feedback && (
        <Card size="small" title="已公布的采纳情况">
          <Descriptions
            size="small"
            column={4}
            items={[
              { key: "total", label: "意见总数", children: campaign.feedback.total },
              { key: "a", label: "采纳", children: campaign.feedback.adopted },
              { key: "p", label: "部分采纳", children: campaign.feedback.partlyAdopted },
              { key: "n", label: "未采纳", children: campaign.feedback.notAdopted },
            ]}
          />
          <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
            {campaign.feedback.summary}
          </Typography.Paragraph>
        </Card>
      )}
      {!ended ? (
        <Alert type="info" showIcon title="征集结束、全部意见标注后可公布采纳情况" />
      ) : (
        canPublish && (
          <Form<FeedbackValues>
            form={form}
            name="solicitation-feedback"
            layout="vertical"
            initialValues={{ highlights: [] }}
            onFinish={(values) => void submit(values)}
            style={{ maxWidth: 880 }}
          >
            <Form.Item
              name="summary"
              label="采纳情况说明"
              rules={[{ required: true, min: 10, message: "请填写采纳情况说明（至少 10 个字）" }]}
            >
              <Input.TextArea aria-label="采纳情况说明" rows={6} />
            </Form.Item>
            <Form.Item label="选登意见" extra="从已采纳或部分采纳的意见中选择；可修改摘录，去掉个人信息">
              <Select
                aria-label="选登意见"
                mode="multiple"
                value={chosen.map((item) => item.submissionId)}
                onChange={(ids: string[]) =>
                  form.setFieldValue(
                    "highlights",
                    ids.map(
                      (id) =>
                        chosen.find((item) => item.submissionId === id) ?? {
                          submissionId: id,
                          text: candidates.find((c) => c.id === id)?.text ?? "",
                        },
                    ),
                  )
                }
                options={candidates.map((candidate) => ({
                  value: candidate.id,
                  label: `${candidate.adoption ? ADOPTION_LABELS[candidate.adoption] : ""}：${candidate.text.slice(0, 40) || "（无文字意见）"}`,
                }))}
              />
            </Form.Item>
            <Form.List name="highlights">
              {(fields) =>
                fields.map((field, index) => (
                  <Form.Item
                    key={field.key}
                    name={[field.name, "text"]}
                    label={`选登意见 ${index + 1}`}
                    rules={[{ required: true, min: 2, message: "请填写摘录" }]}
                  >
                    <Input.TextArea aria-label={`选登意见 ${index + 1}`} rows={2} />
                  </Form.Item>
                ))
              }
            </Form.List>
            <Button type="primary" htmlType="submit" loading={publishing.loading}>
              {campaign.feedback ? "更新采纳情况" : "公布采纳情况"}
            </Button>
          </Form>
        )
      )}
    </Space>
  );
}
