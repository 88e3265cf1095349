// 站点外观: logo, banner, primary colour (the server refuses colours white text cannot be read on), footer,
// 备案号, the 党政机关 mark, and the home page's blocks in order; with a link to preview the site.
import { useMutation, useQuery } from "@apollo/client/react";
import { Button, Checkbox, Form, Input, Modal, Select, Space, Typography } from "antd";
import type { HomeBlockKind } from "#gql/graphql";
import { portalSiteUrl, usePortalBaseUrl } from "../../../app/portal";
import { SiteAppearanceDocument } from "../graphql/siteAppearance";
import { UpdateSiteAppearanceDocument } from "../graphql/updateSiteAppearance";

interface Block {
  kind: HomeBlockKind;
  channelId?: string | null;
  title?: string;
}

interface Values {
  logoUrl?: string;
  bannerUrl?: string;
  primaryColor?: string;
  footerText?: string;
  icpNumber?: string;
  policeNumber?: string;
  showGovMark?: boolean;
  customLayout?: boolean;
  blocks?: Block[];
}

const BLOCK_LABELS: Record<HomeBlockKind, string> = {
  HEADLINE: "头条",
  CAROUSEL: "图片新闻",
  PINNED: "置顶",
  CHANNEL: "栏目",
  TOPICS: "专题",
};

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function SiteAppearanceModal(props: { siteId: string | null; onClose(saved: boolean): void }) {
  const [form] = Form.useForm<Values>();
  const portalBaseUrl = usePortalBaseUrl();
  const { data, loading } = useQuery(SiteAppearanceDocument, {
    variables: { id: props.siteId ?? "" },
    skip: !props.siteId,
    fetchPolicy: "network-only",
  });
  const [update, saving] = useMutation(UpdateSiteAppearanceDocument);
  const site = data?.site;
  const channelOptions = (site?.channels ?? []).flatMap((channel) => [
    { value: channel.id, label: channel.name },
    ...channel.children.map((child) => ({ value: child.id, label: `${channel.name} / ${child.name}` })),
  ]);
  const customLayout = Form.useWatch("customLayout", form);

  const save = async (values: Values) => {
    if (!props.siteId) return;
    await update({
      variables: {
        id: props.siteId,
        input: {
          theme: {
            logoUrl: optional(values.logoUrl),
            bannerUrl: optional(values.bannerUrl),
            primaryColor: optional(values.primaryColor),
            footerText: optional(values.footerText),
            icpNumber: optional(values.icpNumber),
            policeNumber: optional(values.policeNumber),
            showGovMark: values.showGovMark ?? false,
          },
          homeLayout: values.customLayout
            ? (values.blocks ?? []).map((block) => ({
                kind: block.kind,
                channelId: block.kind === "CHANNEL" ? (block.channelId ?? null) : null,
                title: optional(block.title),
              }))
            : null,
        },
      },
    });
    props.onClose(true);
  };

  return (
    <Modal
      title={site ? `站点外观：${site.name}` : "站点外观"}
      open={props.siteId !== null}
      destroyOnHidden
      width={720}
      loading={loading}
      confirmLoading={saving.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
    >
      {site ? (
        <Form<Values>
          form={form}
          name="site-appearance"
          layout="vertical"
          preserve={false}
          initialValues={{
            logoUrl: site.theme.logoUrl ?? "",
            bannerUrl: site.theme.bannerUrl ?? "",
            primaryColor: site.theme.primaryColor ?? "",
            footerText: site.theme.footerText ?? "",
            icpNumber: site.theme.icpNumber ?? "",
            policeNumber: site.theme.policeNumber ?? "",
            showGovMark: site.theme.showGovMark,
            customLayout: site.homeLayout !== null && site.homeLayout !== undefined,
            blocks: (site.homeLayout ?? []).map((block) => ({
              kind: block.kind,
              channelId: block.channelId,
              title: block.title ?? "",
            })),
          }}
          onFinish={(values) => save(values).catch(() => undefined)}
        >
          <Typography.Paragraph>
            <Typography.Link href={portalSiteUrl(portalBaseUrl, site.code)} target="_blank" rel="noopener">
              预览站点（保存后生效）
            </Typography.Link>
          </Typography.Paragraph>
          <Form.Item
            name="primaryColor"
            label="主色"
            extra="#RRGGBB，例如 #b3191f；须与白色文字的对比度不低于 4.5:1，留空使用平台默认"
          >
            <Input placeholder="#b3191f" maxLength={7} />
          </Form.Item>
          <Form.Item name="logoUrl" label="站点标志" extra="媒体库中图片的标识或 /media/ 开头的地址">
            <Input />
          </Form.Item>
          <Form.Item name="bannerUrl" label="页头横幅" extra="媒体库中图片的标识或 /media/ 开头的地址">
            <Input />
          </Form.Item>
          <Form.Item name="footerText" label="页脚文字">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="icpNumber" label="ICP备案号">
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item name="policeNumber" label="公安备案号">
              <Input maxLength={60} />
            </Form.Item>
          </Space>
          <Form.Item name="showGovMark" valuePropName="checked">
            <Checkbox>显示党政机关网站标识</Checkbox>
          </Form.Item>
          <Form.Item name="customLayout" valuePropName="checked">
            <Checkbox>自定义首页布局（不勾选则使用标准布局：头条、图片新闻、置顶、各栏目、专题）</Checkbox>
          </Form.Item>
          {customLayout ? (
            <Form.List name="blocks">
              {(fields, { add, remove, move }) => (
                <>
                  {fields.map((field, index) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item
                        name={[field.name, "kind"]}
                        rules={[{ required: true, message: "请选择区块" }]}
                      >
                        <Select
                          aria-label="区块类型"
                          style={{ width: 120 }}
                          options={Object.entries(BLOCK_LABELS).map(([value, label]) => ({ value, label }))}
                        />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() =>
                          form.getFieldValue(["blocks", field.name, "kind"]) === "CHANNEL" ? (
                            <Form.Item
                              name={[field.name, "channelId"]}
                              rules={[{ required: true, message: "请选择栏目" }]}
                            >
                              <Select aria-label="栏目" style={{ width: 220 }} options={channelOptions} />
                            </Form.Item>
                          ) : null
                        }
                      </Form.Item>
                      <Form.Item name={[field.name, "title"]}>
                        <Input aria-label="区块标题" placeholder="标题（可选）" maxLength={30} />
                      </Form.Item>
                      <Button size="small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                        上移
                      </Button>
                      <Button size="small" danger onClick={() => remove(field.name)}>
                        删除
                      </Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ kind: "CHANNEL" })}>添加区块</Button>
                </>
              )}
            </Form.List>
          ) : null}
        </Form>
      ) : null}
    </Modal>
  );
}
