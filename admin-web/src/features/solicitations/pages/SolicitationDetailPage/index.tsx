// One campaign: what it asks and where it shows, the actions its state allows (edit, publish, close early,
// export), the opinions with their tags, the chart of choice answers and the 采纳情况 editor.
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import { formatShanghaiMinute } from "#app/time";
import { PageHeader } from "#ui/PageHeader";
import { useUnitNames } from "../../../letters/hooks/useUnitNames";
import { ChoiceStatsChart } from "../../components/ChoiceStatsChart";
import { FeedbackEditor } from "../../components/FeedbackEditor";
import { KIND_LABELS, STATUS_COLORS, STATUS_LABELS } from "../../components/labels";
import { SubmissionsTable } from "../../components/SubmissionsTable";
import { CloseSolicitationDocument } from "../../graphql/closeSolicitation";
import { ExportSolicitationSubmissionsDocument } from "../../graphql/exportSolicitationSubmissions";
import { OpenSolicitationDocument } from "../../graphql/openSolicitation";
import { SolicitationDocument } from "../../graphql/solicitation";

/** Saves a base64 file the way a download link does. */
function download(file: { filename: string; contentType: string; content: string }): void {
  const bytes = Uint8Array.from(atob(file.content), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.click();
  URL.revokeObjectURL(url);
}

export function SolicitationDetailPage() {
  const { id = "" } = useParams();
  const { message, modal } = App.useApp();
  const { access } = useMe();
  const { nameOf } = useUnitNames();
  const { data, loading, error } = useQuery(SolicitationDocument, {
    variables: { id },
    fetchPolicy: "cache-and-network",
  });
  const campaign = data?.solicitation;
  usePageTitle(campaign?.title ?? "意见征集");
  const [open, opening] = useMutation(OpenSolicitationDocument);
  const [close, closing] = useMutation(CloseSolicitationDocument);
  const [exportFile, exporting] = useMutation(ExportSolicitationSubmissionsDocument);
  const [closeForm] = Form.useForm<{ reason: string }>();
  const [closingOpen, setClosingOpen] = useState(false);

  if (!campaign) {
    if (loading) return <Spin aria-label="加载中" />;
    return <Alert type="error" showIcon title={error ? error.message : "意见征集不存在"} />;
  }
  const manages =
    access.canCityWide("solicitation.manage") ||
    access.unitIds("solicitation.manage").includes(campaign.unitId);

  const publish = () =>
    modal.confirm({
      title: "发布意见征集",
      content: "发布后将在所选站点展示，并从开始时间起接受意见；发布后不能再修改。",
      okText: "发布",
      cancelText: "取消",
      onOk: async () => {
        try {
          await open({ variables: { id } });
          message.success("已发布");
        } catch {
          // shown by the error link
        }
      },
    });
  const closeEarly = async ({ reason }: { reason: string }) => {
    try {
      await close({ variables: { id, reason: reason.trim() } });
    } catch {
      return;
    }
    message.success("已提前结束");
    setClosingOpen(false);
  };
  const exportXlsx = async () => {
    try {
      const result = await exportFile({ variables: { id } });
      if (result.data) download(result.data.exportSolicitationSubmissions);
    } catch {
      // shown by the error link
    }
  };

  return (
    <section>
      <PageHeader
        title={campaign.title}
        extra={
          <Space>
            {manages && campaign.status === "DRAFT" && (
              <>
                <Link to={`/solicitations/${id}/edit`}>
                  <Button>修改</Button>
                </Link>
                <Button type="primary" loading={opening.loading} onClick={publish}>
                  发布
                </Button>
              </>
            )}
            {manages && (campaign.status === "OPEN" || campaign.status === "SCHEDULED") && (
              <Button danger onClick={() => setClosingOpen(true)}>
                提前结束
              </Button>
            )}
            {campaign.status !== "DRAFT" && (
              <Button loading={exporting.loading} onClick={() => void exportXlsx()}>
                导出 xlsx
              </Button>
            )}
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={2}
          items={[
            {
              key: "status",
              label: "状态",
              children: <Tag color={STATUS_COLORS[campaign.status]}>{STATUS_LABELS[campaign.status]}</Tag>,
            },
            { key: "unit", label: "发起单位", children: nameOf(campaign.unitId) },
            {
              key: "period",
              label: "征集时间",
              children: `${formatShanghaiMinute(campaign.startsAt)} 至 ${formatShanghaiMinute(campaign.endsAt)}`,
            },
            { key: "count", label: "意见数", children: campaign.submissionCount },
            { key: "anonymous", label: "匿名提交", children: campaign.allowAnonymous ? "允许" : "不允许" },
            {
              key: "document",
              label: "征求意见稿",
              children: campaign.documentUrl ? (
                <a href={campaign.documentUrl} target="_blank" rel="noreferrer">
                  {campaign.documentName || campaign.documentUrl}
                </a>
              ) : (
                "无"
              ),
            },
            ...(campaign.closedReason
              ? [{ key: "reason", label: "提前结束理由", children: campaign.closedReason }]
              : []),
          ]}
        />
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 12 }}>
          {campaign.description}
        </Typography.Paragraph>
        <ol>
          {campaign.questions.map((question) => (
            <li key={question.id}>
              {question.title}（{KIND_LABELS[question.kind]}
              {question.required ? "，必答" : ""}）
              {question.options.length > 0 && `：${question.options.join(" / ")}`}
            </li>
          ))}
        </ol>
      </Card>
      {campaign.status !== "DRAFT" && (
        <Tabs
          items={[
            {
              key: "submissions",
              label: "收到的意见",
              children: <SubmissionsTable campaign={campaign} canReview={manages} />,
            },
            { key: "stats", label: "选择题统计", children: <ChoiceStatsChart solicitationId={id} /> },
            {
              key: "feedback",
              label: "采纳情况",
              children: <FeedbackEditor campaign={campaign} canPublish={manages} />,
            },
          ]}
        />
      )}
      <Modal
        title="提前结束征集"
        open={closingOpen}
        forceRender
        okText="结束征集"
        okButtonProps={{ danger: true }}
        cancelText="取消"
        confirmLoading={closing.loading}
        onOk={() => closeForm.submit()}
        onCancel={() => setClosingOpen(false)}
      >
        <Form
          form={closeForm}
          name="solicitation-close"
          layout="vertical"
          onFinish={(v) => void closeEarly(v)}
        >
          <Form.Item
            name="reason"
            label="理由（在门户公开）"
            rules={[{ required: true, min: 2, message: "请填写理由" }]}
          >
            <Input.TextArea aria-label="提前结束的理由" rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </section>
  );
}
