// 新建/修改意见征集: the campaign's text, draft document, target sites, period (checked against the minimum
// open period) and the questions builder. Only drafts can be edited.
import { useMutation, useQuery } from "@apollo/client/react";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Spin,
  Switch,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { useNavigate, useParams } from "react-router";
import { useMe } from "#app/me";
import { usePageTitle } from "#app/pageTitle";
import type { SolicitationQuestionKind } from "#gql/graphql";
import { PageHeader } from "#ui/PageHeader";
import { useUnitNames } from "../../../letters/hooks/useUnitNames";
import { useSiteOptions } from "../../../sites/hooks/useSiteOptions";
import { KIND_LABELS } from "../../components/labels";
import {
  periodDays,
  type SolicitationFormValues,
  toSolicitationInput,
} from "../../components/toSolicitationInput";
import { CreateSolicitationDocument } from "../../graphql/createSolicitation";
import { SolicitationDocument } from "../../graphql/solicitation";
import { SolicitationSettingsDocument } from "../../graphql/solicitationSettings";
import { UpdateSolicitationDocument } from "../../graphql/updateSolicitation";

const KINDS: SolicitationQuestionKind[] = ["SINGLE", "MULTIPLE", "TEXT"];

export function SolicitationEditorPage() {
  const { id } = useParams();
  usePageTitle(id ? "修改意见征集" : "新建意见征集");
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { access } = useMe();
  const [form] = Form.useForm<SolicitationFormValues>();
  const { options: unitOptions } = useUnitNames();
  const { options: siteOptions } = useSiteOptions();
  const existing = useQuery(SolicitationDocument, { variables: { id: id ?? "" }, skip: !id });
  const unitId = Form.useWatch("unitId", form);
  const period = Form.useWatch("period", form);
  const settings = useQuery(SolicitationSettingsDocument, { variables: { unitId: unitId ?? null } });
  const [create, creating] = useMutation(CreateSolicitationDocument);
  const [update, updating] = useMutation(UpdateSolicitationDocument);

  const manageable = access.canCityWide("solicitation.manage")
    ? unitOptions
    : unitOptions.filter((option) => access.unitIds("solicitation.manage").includes(option.value));

  const campaign = existing.data?.solicitation;
  useEffect(() => {
    if (!campaign) return;
    form.setFieldsValue({
      unitId: campaign.unitId,
      title: campaign.title,
      description: campaign.description,
      documentUrl: campaign.documentUrl ?? undefined,
      documentName: campaign.documentName ?? undefined,
      siteIds: campaign.siteIds,
      allowAnonymous: campaign.allowAnonymous,
      period: [dayjs(campaign.startsAt), dayjs(campaign.endsAt)],
      questions: campaign.questions.map((question) => ({
        kind: question.kind,
        title: question.title,
        options: question.options,
        required: question.required,
      })),
    });
  }, [campaign, form]);

  const minDays = settings.data?.solicitationSettings.minOpenDays;
  const days = periodDays(period);
  const save = async (values: SolicitationFormValues) => {
    const input = toSolicitationInput(values);
    try {
      const result = id ? await update({ variables: { id, input } }) : await create({ variables: { input } });
      const saved =
        result.data && "updateSolicitation" in result.data
          ? result.data.updateSolicitation
          : result.data && "createSolicitation" in result.data
            ? result.data.createSolicitation
            : null;
      message.success("已保存草稿");
      if (saved) navigate(`/solicitations/${saved.id}`);
    } catch {
      // The error link shows the server's message.
    }
  };

  if (id && existing.loading && !campaign) return <Spin aria-label="加载中" />;
  if (campaign && campaign.status !== "DRAFT")
    return <Alert type="info" title="已发布的意见征集不能修改" showIcon />;

  return (
    <section>
      <PageHeader title={id ? "修改意见征集" : "新建意见征集"} />
      <Form<SolicitationFormValues>
        form={form}
        name="solicitation"
        layout="vertical"
        style={{ maxWidth: 880 }}
        initialValues={{
          unitId: manageable.length === 1 ? manageable[0]?.value : undefined,
          allowAnonymous: false,
          siteIds: [],
          questions: [{ kind: "TEXT", title: "您的意见和建议", required: true }],
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item name="unitId" label="发起单位" rules={[{ required: true, message: "请选择单位" }]}>
          <Select
            aria-label="发起单位"
            options={manageable}
            showSearch
            optionFilterProp="label"
            disabled={!!id}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label="标题"
          rules={[{ required: true, message: "请填写标题" }, { max: 100 }]}
        >
          <Input aria-label="标题" />
        </Form.Item>
        <Form.Item
          name="description"
          label="征集说明"
          rules={[
            { required: true, message: "请填写征集说明" },
            { min: 10, message: "征集说明至少 10 个字" },
          ]}
          extra="纯文本，空行分段"
        >
          <Input.TextArea aria-label="征集说明" rows={6} />
        </Form.Item>
        <Space wrap style={{ width: "100%" }}>
          <Form.Item name="documentUrl" label="征求意见稿地址" extra="资源库中文件的地址，或 http(s) 链接">
            <Input aria-label="征求意见稿地址" style={{ width: 420 }} placeholder="/media/…" />
          </Form.Item>
          <Form.Item name="documentName" label="文件名称">
            <Input aria-label="文件名称" style={{ width: 280 }} placeholder="如：征求意见稿.pdf" />
          </Form.Item>
        </Space>
        <Form.Item
          name="siteIds"
          label="发布站点"
          rules={[{ required: true, message: "请至少选择 1 个站点" }]}
        >
          <Select aria-label="发布站点" mode="multiple" options={siteOptions} optionFilterProp="label" />
        </Form.Item>
        <Form.Item
          name="period"
          label="征集时间"
          rules={[{ required: true, message: "请选择开始和截止时间" }]}
          extra={
            minDays !== undefined && (
              <Typography.Text type={days !== null && days < minDays ? "danger" : "secondary"}>
                最短征集期 {minDays} 天{days !== null ? `，当前 ${days} 天` : ""}
              </Typography.Text>
            )
          }
        >
          <DatePicker.RangePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            aria-label="征集时间"
          />
        </Form.Item>
        <Form.Item name="allowAnonymous" label="允许匿名提交" valuePropName="checked">
          <Switch aria-label="允许匿名提交" />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          问题
        </Typography.Title>
        <Form.List name="questions">
          {(fields, { add, remove, move }) => (
            <Space orientation="vertical" style={{ width: "100%" }}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={`第 ${index + 1} 题`}
                  extra={
                    <Space>
                      <Button size="small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                        上移
                      </Button>
                      <Button
                        size="small"
                        danger
                        disabled={fields.length === 1}
                        onClick={() => remove(field.name)}
                      >
                        删除
                      </Button>
                    </Space>
                  }
                >
                  <Space wrap align="start">
                    <Form.Item name={[field.name, "kind"]} label="类型" rules={[{ required: true }]}>
                      <Select
                        aria-label={`第 ${index + 1} 题类型`}
                        style={{ width: 100 }}
                        options={KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, "title"]}
                      label="问题"
                      rules={[{ required: true, message: "请填写问题" }]}
                    >
                      <Input aria-label={`第 ${index + 1} 题问题`} style={{ width: 460 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, "required"]} label="必答" valuePropName="checked">
                      <Checkbox aria-label={`第 ${index + 1} 题必答`} />
                    </Form.Item>
                  </Space>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(["questions", field.name, "kind"]) !== "TEXT" && (
                        <Form.Item
                          name={[field.name, "options"]}
                          label="选项"
                          extra="输入后按回车添加"
                          rules={[
                            {
                              validator: (_, value?: string[]) =>
                                (value?.length ?? 0) >= 2
                                  ? Promise.resolve()
                                  : Promise.reject(new Error("选择题至少需要 2 个选项")),
                            },
                          ]}
                        >
                          <Select aria-label={`第 ${index + 1} 题选项`} mode="tags" open={false} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                </Card>
              ))}
              <Button onClick={() => add({ kind: "SINGLE", title: "", options: [], required: false })}>
                添加问题
              </Button>
            </Space>
          )}
        </Form.List>
        <Space style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={creating.loading || updating.loading}>
            保存草稿
          </Button>
          <Button onClick={() => navigate(id ? `/solicitations/${id}` : "/solicitations")}>取消</Button>
        </Space>
      </Form>
    </section>
  );
}
