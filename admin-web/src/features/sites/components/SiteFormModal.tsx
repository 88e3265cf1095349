import { useMutation } from "@apollo/client/react";
import { Form, Input, Modal, Select } from "antd";
import type { SiteRowFragment, SiteStatus } from "#gql/graphql";
import { useUnitOptions } from "../../units/hooks/useUnitOptions";
import { CreateSiteDocument } from "../graphql/createSite";
import { UpdateSiteDocument } from "../graphql/updateSite";
import { useSiteOptions } from "../hooks/useSiteOptions";
import { SITE_STATUS_LABELS } from "./labels";

interface Values {
  unitId: string;
  parentId?: string;
  code: string;
  name: string;
  domains: string[];
  status: SiteStatus;
  siteIdCode?: string;
  description?: string;
}

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function SiteFormModal(props: {
  open: boolean;
  site: SiteRowFragment | null;
  onClose(saved: boolean): void;
}) {
  const { site } = props;
  const creating = props.open && site === null;
  const [form] = Form.useForm<Values>();
  const units = useUnitOptions(!creating);
  const sites = useSiteOptions(!creating);
  const [createSite, create] = useMutation(CreateSiteDocument);
  const [updateSite, update] = useMutation(UpdateSiteDocument);

  const save = async (values: Values) => {
    const common = {
      name: values.name,
      domains: values.domains ?? [],
      status: values.status,
      siteIdCode: optional(values.siteIdCode),
      description: optional(values.description),
    };
    if (site) await updateSite({ variables: { id: site.id, input: common } });
    else
      await createSite({
        variables: {
          input: { ...common, unitId: values.unitId, parentId: values.parentId ?? null, code: values.code },
        },
      });
    props.onClose(true);
  };

  return (
    <Modal
      title={site ? `编辑站点：${site.name}` : "新建站点"}
      open={props.open}
      destroyOnHidden
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
    >
      <Form<Values>
        form={form}
        name="site"
        layout="vertical"
        preserve={false}
        initialValues={
          site
            ? {
                name: site.name,
                code: site.code,
                domains: site.domains,
                status: site.status,
                siteIdCode: site.siteIdCode ?? "",
                description: site.description ?? "",
              }
            : { status: "BUILDING", domains: [] }
        }
        onFinish={(values) => save(values).catch(() => undefined)}
      >
        {!site && (
          <>
            <Form.Item label="所属单位" name="unitId" rules={[{ required: true, message: "请选择单位" }]}>
              <Select showSearch optionFilterProp="label" options={units.options} loading={units.loading} />
            </Form.Item>
            <Form.Item label="上级站点" name="parentId" extra="子站（如区县人大）选择其上级站点">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={sites.options}
                loading={sites.loading}
              />
            </Form.Item>
          </>
        )}
        <Form.Item
          label="站点代码"
          name="code"
          extra="门户地址 /s/<代码>/，小写字母、数字、连字符"
          rules={[
            { required: true, pattern: /^[a-z0-9][a-z0-9-]*$/, message: "请输入小写字母、数字或连字符" },
          ]}
        >
          <Input disabled={site !== null} />
        </Form.Item>
        <Form.Item
          label="站点名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: "请输入站点名称" }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item label="域名" name="domains" extra="可输入多个，回车确认">
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item label="状态" name="status" rules={[{ required: true }]}>
          <Select options={Object.entries(SITE_STATUS_LABELS).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="网站标识码" name="siteIdCode">
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item label="简介" name="description">
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
